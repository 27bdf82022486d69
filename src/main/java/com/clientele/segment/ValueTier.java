package com.clientele.segment;

/** Value tier (客户价值); rules in segmentation.yaml `valueTier`. */
public enum ValueTier { HIGH, MID, LOW }
