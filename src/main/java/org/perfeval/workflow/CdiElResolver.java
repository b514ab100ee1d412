package org.perfeval.workflow;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Set;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

/**
 * Lets BPMN expressions and delegate expressions name {@code @Named} CDI beans, as
 * {@code flowable-cdi} would have (that artifact is javax-only and breaks on Flowable 7/8).
 * Only top-level names are resolved here; properties and method calls go on to Flowable's own
 * resolvers. Beans called this way should be normal-scoped: a {@code @Dependent} bean's
 * creational context would never be released.
 */
public class CdiElResolver extends ELResolver {

    private final BeanManager beanManager;

    public CdiElResolver(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        CreationalContext<?> cc = beanManager.createCreationalContext(bean);
        Object reference = beanManager.getReference(bean, bean.getBeanClass(), cc);
        context.setPropertyResolved(true);
        return reference;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // beans are read-only from process expressions
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
