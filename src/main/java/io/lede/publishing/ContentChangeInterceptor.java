package io.lede.publishing;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs inside the method's transaction (after @Transactional's interceptor), so the bump commits with the write. */
@ChangesContent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ContentChangeInterceptor {

    private final ContentVersion versions;

    public ContentChangeInterceptor(ContentVersion versions) {
        this.versions = versions;
    }

    @AroundInvoke
    Object bumpAfterWrite(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        versions.bump();
        return result;
    }
}
