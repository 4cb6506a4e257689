package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eden.portail.shared.DepotJpa;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUtilisateurRepository extends DepotJpa implements UtilisateurRepository {

    private static final String PAR_IDENTIFIANT = "select u from Utilisateur u where u.identifiant = :identifiant";

    @Override
    public Optional<Utilisateur> parIdentifiant(String identifiant) {
        // Identifiers are stored upper-case; people type them in any case.
        return premiere(Utilisateur.class, PAR_IDENTIFIANT, "identifiant", normaliser(identifiant));
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
