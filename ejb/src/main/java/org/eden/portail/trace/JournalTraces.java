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
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one writer of traces (R-TRACE-1). Everything traced arrives here as an {@link EvenementTrace}.
 * <ul>
 * <li>A success is written in the transaction of the action itself ({@code during = IN_PROGRESS}):
 * it commits with the write it describes, and disappears with it when that rolls back.</li>
 * <li>A failure or a refusal is written in a transaction of its own ({@link #enregistrerEchec}),
 * because the action's transaction is about to roll back.</li>
 * </ul>
 * The chain: each append locks the chain head (one row, SELECT … FOR UPDATE) until its transaction
 * ends, takes the next rang and chains to the head's hash. Appends are thus serialised across
 * threads and cluster nodes, in commit order, and the chain has no fork and no gap. The price is
 * that traced transactions queue on the head between their trace and their commit; the lock is
 * taken as late as possible (after the account lookup) to keep that short.
 */
@Stateless
public class JournalTraces {

    private static final Logger LOG = Logger.getLogger(JournalTraces.class.getName());

    /** Marks, in a JTA transaction, that it holds the chain head. */
    private static final String TETE_TENUE = JournalTraces.class.getName() + ".tete";

    @Inject
    TraceRepository traces;

    @Inject
    AnnuaireActeurs annuaire;

    @Inject
    ContexteAction contexte;

    @Inject
    Clock horloge;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext ejb;

    /** A success: written with the action, in its transaction. */
    public void enregistrer(@Observes(during = TransactionPhase.IN_PROGRESS) EvenementTrace evenement) {
        ecrire(evenement);
    }

    /**
     * A failure or refusal, which must outlive the action's rollback. When the action's transaction
     * already holds the chain head (a traced call inside another traced call), a new transaction
     * would wait for that head forever: the trace is then written in the action's transaction if
     * it can still commit, and otherwise only logged.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void enregistrerEchec(EvenementTrace evenement) {
        if (transactions.getTransactionKey() != null && transactions.getResource(TETE_TENUE) != null) {
            if (transactions.getRollbackOnly()) {
                LOG.warning(() -> "Trace perdue avec la transaction annulée qui la contenait : " + evenement);
                return;
            }
            ecrire(evenement);
            return;
        }
        ejb.getBusinessObject(JournalTraces.class).enregistrerDansNouvelleTransaction(evenement);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrerDansNouvelleTransaction(EvenementTrace evenement) {
        ecrire(evenement);
    }

    private void ecrire(EvenementTrace evenement) {
        Trace.Acteur acteur = acteur(evenement);
        TeteChaine tete = traces.teteVerrouillee();
        transactions.putResource(TETE_TENUE, Boolean.TRUE);
        traces.ajouter(tete.ajouter(horloge.instant(), acteur, evenement.action(), evenement.cibleType(),
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
