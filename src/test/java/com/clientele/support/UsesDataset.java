package com.clientele.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the dataset a test class loads into the shared test Neo4j, so {@link DatasetClassOrderer} can run all
 * classes of one dataset together and each dataset is loaded once per run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesDataset {
    String value();

    /** True when the class changes the loaded graph (and calls forget()): it runs after the others of its dataset. */
    boolean changesGraph() default false;
}
