package com.clientele.graphql;

/** DataLoader key for one page of a parent's children, e.g. a page of one customer's orders. */
public record ChildPageKey(String parentId, PageRequest page) {
}
