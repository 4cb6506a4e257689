package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Instant;
import java.util.function.Function;

/**
 * A demo account that logs in straight away: its identifier taken from the same counters as real
 * ones (R-HAB-1), so none is given twice, its password already chosen and the usage rules in force
 * accepted. The contexts' demo data (habilitations, AFAS, Tableau de bord) create their users so.
 */
@ApplicationScoped
public class ComptesActifsDemo {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReglesUsageRepository reglesUsage;

    /** {@code compte} builds the account, a partner's user or a Caf agent, from the identifier given to {@code nom}. */
    public Utilisateur creer(String nom, String codeCaf, Function<String, Utilisateur> compte, String hash, Instant maintenant) {
        String identifiant = utilisateurs.compteurVerrouille(CompteurIdentifiant.prefixePour(nom), codeCaf).attribuer();
        Utilisateur u = utilisateurs.enregistrer(compte.apply(identifiant));
        u.changerMotDePasse(hash, maintenant, 0);
        reglesUsage.enVigueur().ifPresent(regles -> reglesUsage.enregistrer(u.accepterReglesUsage(regles, maintenant)));
        return u;
    }

    /** A user of {@code organisme}, its Caf's counters giving his identifier. */
    public Utilisateur partenaire(OrganismePartenaire organisme, String nom, String prenom, String email, String hash, Instant maintenant) {
        return creer(nom, organisme.getCaf().getCode(),
                identifiant -> Utilisateur.partenaire(organisme, identifiant, nom, prenom, email, hash, maintenant), hash, maintenant);
    }
}
