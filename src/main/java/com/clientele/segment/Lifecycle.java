package com.clientele.segment;

/** Lifecycle stage (生命周期); rules in segmentation.yaml `lifecycle`. */
public enum Lifecycle { PROSPECT, NEW, ONE_TIME, GROWING, MATURE, DECLINING, CHURNED }
