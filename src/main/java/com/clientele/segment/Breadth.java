package com.clientele.segment;

/** Product-breadth loyalty (产品种类); rules in segmentation.yaml `breadth`. */
public enum Breadth { NONE, SINGLE_CATEGORY, FOCUSED, BROAD }
