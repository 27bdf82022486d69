package com.clientele.segment;

/** Observed purchase channel (购买渠道); rules in segmentation.yaml `channel`. */
public enum ChannelClass { NONE, ONLINE, OFFLINE, MIXED }
