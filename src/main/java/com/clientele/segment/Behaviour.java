package com.clientele.segment;

/** Purchase behaviour (购买行为); rules in segmentation.yaml `behaviour`. */
public enum Behaviour { LOYAL, REGULAR, UNSTABLE, ONE_TIME, POTENTIAL, CHURNED }
