package org.eden.portail.trace;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The one writer of traces (R-TRACE-1). Everything traced arrives here as an {@link EvenementTrace}.
 * <ul>
 * <li>A success is written in the transaction of the action itself ({@code during = IN_PROGRESS}):
 * it commits with the write it describes, and disappears with it when that rolls back.</li>
 * <li>A failure or a refusal is written in a transaction of its own ({@link #enregistrerEchec}),
 * because the action's transaction is about to roll back.</li>
 * </ul>
 * The chain: a trace is written <em>en attente</em>, without its rang and hashes, so that an action
 * waits on no shared lock for its trace; the {@link ScelleurTraces sealer} chains it moments after
 * its commit, in a batch, under the chain head's lock (one sealer at a time across the cluster).
 */
@Stateless
public class JournalTraces {

    @Inject
    TraceRepository traces;

    @Inject
    AnnuaireActeurs annuaire;

    @Inject
    ContexteAction contexte;

    @Inject
    Clock horloge;

    @Inject
    ScelleurTraces scelleur;

    @Resource
    SessionContext ejb;

    /** A success: written with the action, in its transaction. */
    public void enregistrer(@Observes(during = TransactionPhase.IN_PROGRESS) EvenementTrace evenement) {
        ecrire(evenement);
    }

    /**
     * A failure or refusal, which must outlive the action's rollback: written in a transaction of its
     * own, which takes no lock that the action's transaction could hold, then sealed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void enregistrerEchec(EvenementTrace evenement) {
        ejb.getBusinessObject(JournalTraces.class).enregistrerDansNouvelleTransaction(evenement);
        scelleur.demander();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrerDansNouvelleTransaction(EvenementTrace evenement) {
        ecrire(evenement);
    }

    private void ecrire(EvenementTrace evenement) {
        traces.ajouter(new Trace(horloge.instant(), acteur(evenement), evenement.action(), evenement.cibleType(),
                evenement.cibleId(), evenement.resultat(), evenement.detail()));
    }

    private Trace.Acteur acteur(EvenementTrace evenement) {
        String identifiant = evenement.identifiant() != null ? evenement.identifiant() : sujet();
        if (identifiant != null && identifiant.length() > 20) {
            identifiant = identifiant.substring(0, 20);
        }
        Optional<AnnuaireActeurs.Acteur> compte = identifiant == null || identifiant.isBlank()
                ? Optional.empty() : annuaire.acteur(identifiant);
        String ip = null;
        String sessionHash = evenement.sessionId() == null ? null : Trace.sha256(evenement.sessionId());
        try {
            ip = contexte.ip();
            if (sessionHash == null) {
                sessionHash = contexte.sessionHash();
            }
        } catch (ContextNotActiveException horsRequete) {
            // No request at all: neither IP nor session to record.
        }
        return new Trace.Acteur(identifiant,
                compte.map(AnnuaireActeurs.Acteur::organismeId).orElse(null),
                compte.map(AnnuaireActeurs.Acteur::codeCaf).orElse(null),
                compte.map(AnnuaireActeurs.Acteur::profil).orElse(null),
                ip, sessionHash);
    }

    /** The Shiro subject bound to this thread, if any (none in timers). */
    private static String sujet() {
        Subject sujet = ThreadContext.getSubject();
        return sujet == null || sujet.getPrincipal() == null ? null : sujet.getPrincipal().toString();
    }
}
