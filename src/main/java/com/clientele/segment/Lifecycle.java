package com.clientele.segment;

/** Lifecycle stage (生命周期); rules in segmentation.yaml `lifecycle`. */
public enum Lifecycle { PROSPECT, NEW, GROWING, MATURE, DECLINING, CHURNED }
