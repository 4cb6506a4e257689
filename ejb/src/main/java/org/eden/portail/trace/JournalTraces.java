package org.eden.portail.trace;

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
 * Writing a trace takes no shared lock: the row is inserted unsealed, with a rang from a sequence,
 * and its transaction goes on. The chain (maillon, previous hash, hash) is made just after the
 * commit by {@link ScellementTraces}, one sealer at a time across the cluster: traced actions no
 * longer queue behind each other (they once did, on the chain head, from their trace to their commit).
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

    /** A success: written with the action, in its transaction. */
    public void enregistrer(@Observes(during = TransactionPhase.IN_PROGRESS) EvenementTrace evenement) {
        ecrire(evenement);
    }

    /**
     * A failure or refusal, which must outlive the action's rollback: written in a transaction of
     * its own. No lock is held by the action's transaction, so the new one never waits for it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrerEchec(EvenementTrace evenement) {
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
