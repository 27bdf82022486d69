package com.clientele.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs test classes grouped by the dataset they load ({@link UsesDataset}), classes without one first, and within a dataset the classes that change it last, so the
 * shared test Neo4j switches datasets as rarely as possible. Within a group, classes run in name order.
 */
public final class DatasetClassOrderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> descriptor.findAnnotation(UsesDataset.class).map(UsesDataset::value).orElse(""))
                .thenComparing(descriptor -> descriptor.findAnnotation(UsesDataset.class).map(UsesDataset::changesGraph).orElse(false))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }
}
