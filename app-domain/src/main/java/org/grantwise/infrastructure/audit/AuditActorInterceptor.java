package org.grantwise.infrastructure.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Puts the caller's login into the transaction ({@code set_config(..., true)} lasts until commit),
 * where the audit triggers read it. Without it a row change is recorded with the database user.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditActorInterceptor {

  @Resource EJBContext context;

  @PersistenceContext EntityManager entityManager;

  @AroundInvoke
  public Object recordActor(InvocationContext invocation) throws Exception {
    entityManager
        .createNativeQuery("SELECT set_config('grantwise.actor', ?1, true)")
        .setParameter(1, context.getCallerPrincipal().getName())
        .getSingleResult();
    return invocation.proceed();
  }
}
