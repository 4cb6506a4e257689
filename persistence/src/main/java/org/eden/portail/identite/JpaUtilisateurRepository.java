package org.eden.portail.identite;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eden.portail.shared.DepotJpa;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUtilisateurRepository extends DepotJpa implements UtilisateurRepository {

    private static final String PAR_IDENTIFIANT = "select u from Utilisateur u where u.identifiant = :identifiant";

    /**
     * The same, with the organisation and the Caf roles in the one statement: every request reads its
     * caller's account for the authorisation and both of them with it (a partner's organisation, an
     * agent's roles), which were two more round trips each time. Not for the locked read: PostgreSQL
     * refuses {@code FOR UPDATE} on the nullable side of an outer join.
     */
    private static final String PAR_IDENTIFIANT_AVEC_RATTACHEMENT = "select u from Utilisateur u"
            + " left join fetch u.organisme left join fetch u.rolesCaf where u.identifiant = :identifiant";

    /** Where a transaction keeps the ids of the accounts it has read by identifier. */
    private static final String LUS = JpaUtilisateurRepository.class.getName() + ".lus:";

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    /**
     * Within one transaction, an account read again by its identifier is taken from the persistence
     * context by its id, without SQL: the query would return the very same managed instance anyway
     * (EclipseLink does not refresh an instance it already manages). A CDAP consultation read its
     * caller's account three times (the CDAP profiles, the Caf of the convention, the trace's actor).
     */
    @Override
    public Optional<Utilisateur> parIdentifiant(String identifiant) {
        // Identifiers are stored upper-case; people type them in any case.
        String cle = normaliser(identifiant);
        Object id = transaction.getTransactionKey() == null ? null : transaction.getResource(LUS + cle);
        Utilisateur dejaLu = id == null ? null : em.find(Utilisateur.class, id);
        if (dejaLu != null && cle.equals(dejaLu.getIdentifiant())) {
            return Optional.of(dejaLu);
        }
        Optional<Utilisateur> lu = premiere(Utilisateur.class, PAR_IDENTIFIANT_AVEC_RATTACHEMENT, "identifiant", cle);
        if (lu.isPresent() && lu.get().getId() != null && transaction.getTransactionKey() != null) {
            transaction.putResource(LUS + cle, lu.get().getId());
        }
        return lu;
    }

    @Override
    public void verrouiller(Utilisateur utilisateur) {
        em.refresh(utilisateur, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<Utilisateur> parIdentifiantVerrouille(String identifiant) {
        return premiereVerrouillee(Utilisateur.class, PAR_IDENTIFIANT, "identifiant", normaliser(identifiant));
    }

    private static String normaliser(String identifiant) {
        return identifiant == null ? "" : identifiant.trim().toUpperCase();
    }

    @Override
    public Utilisateur enregistrer(Utilisateur utilisateur) {
        return persisterOuFusionner(utilisateur, utilisateur.getId());
    }

    @Override
    public Optional<Utilisateur> parOrganismeEtEmail(Long organismeId, String email) {
        return premiere(Utilisateur.class,
                "select u from Utilisateur u where u.organisme.id = :organisme and lower(u.email) = :email",
                "organisme", organismeId, "email", email == null ? "" : email.trim().toLowerCase());
    }

    @Override
    public CompteurIdentifiant compteurVerrouille(String prefixe, String codeCaf) {
        return verrouilleOuCree(CompteurIdentifiant.class, new CompteurIdentifiant.Cle(prefixe, codeCaf),
                () -> new CompteurIdentifiant(prefixe, codeCaf));
    }

    @Override
    public long nombre() {
        return nombre("select count(u) from Utilisateur u");
    }

    @Override
    public List<Utilisateur> deLOrganisme(Long organismeId) {
        return lignes(Utilisateur.class, "select u from Utilisateur u where u.organisme.id = :organisme order by u.identifiant",
                "organisme", organismeId);
    }
}
