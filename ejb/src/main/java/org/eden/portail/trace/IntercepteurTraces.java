package org.eden.portail.trace;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.RegleMetierException;

/**
 * Turns a call of an {@link ActionTracee} method into a trace. It runs inside the EJB's transaction:
 * a success fires the event there (written with the action); an exception is traced as a refusal
 * (missing permission) or a failure (a rule, an error) in a transaction of its own, then rethrown.
 */
@ActionTracee
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IntercepteurTraces {

    @Inject
    Event<EvenementTrace> evenements;

    @Inject
    JournalTraces journal;

    @AroundInvoke
    public Object tracer(InvocationContext invocation) throws Exception {
        ActionTracee action = invocation.getMethod().getAnnotation(ActionTracee.class);
        if (action == null) {
            action = invocation.getMethod().getDeclaringClass().getAnnotation(ActionTracee.class);
        }
        String code = action.value().isEmpty() ? invocation.getMethod().getName().toUpperCase() : action.value();
        String cibleType = action.cible().isEmpty() ? null : action.cible();
        Object[] parametres = invocation.getParameters();
        String cibleId = parametres.length > 0 && parametres[0] != null ? parametres[0].toString() : null;
        String acteur = action.acteurEstCible() ? cibleId : null;
        Object retour;
        try {
            retour = invocation.proceed();
        } catch (AuthorizationException refus) {
            journal.enregistrerEchec(new EvenementTrace(code, cibleType, cibleId, ResultatTrace.REFUS,
                    refus.getMessage(), acteur, null));
            throw refus;
        } catch (RegleMetierException echec) {
            journal.enregistrerEchec(new EvenementTrace(code, cibleType, cibleId, ResultatTrace.ECHEC,
                    echec.getRegle(), acteur, null));
            throw echec;
        } catch (Exception erreur) {
            journal.enregistrerEchec(new EvenementTrace(code, cibleType, cibleId, ResultatTrace.ECHEC,
                    erreur.getClass().getSimpleName(), acteur, null));
            throw erreur;
        }
        ResultatTrace resultat = ResultatTrace.SUCCES;
        String detail = null;
        if (retour instanceof ResultatTracable tracable) {
            resultat = tracable.resultatTrace();
            detail = tracable.detailTrace();
            if (tracable.cibleTrace() != null) {
                cibleId = tracable.cibleTrace();
            }
        }
        evenements.fire(new EvenementTrace(code, cibleType, cibleId, resultat, detail, acteur, null));
        return retour;
    }
}
