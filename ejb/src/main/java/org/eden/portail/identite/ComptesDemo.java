package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.DonneesDemo;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * identite's share of the demo data: one account per Caf staff role, a Cnaf agent, and the CIAS's
 * administrator (first login pending) and security contact (expired password), the contacts of
 * the seed contract. Loaded first: the conventions name these accounts.
 */
@ApplicationScoped
public class ComptesDemo implements DonneesDemoDuContexte {

    /** Cnaf agents belong to no Caf: their identifiers carry this code. */
    static final String CODE_CNAF = "000";
    static final String PREMIERE_CONNEXION = "CHA271001";

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReglesUsageRepository reglesUsage;

    @Inject
    Clock horloge;

    @Override
    public int rang() {
        return 10;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        if (!baseNeuve) {
            rafraichirPremiereConnexion();
            return;
        }
        OrganismePartenaire cias = cafs.organismeParSiret(DonneesDemo.SIRET_CIAS).orElseThrow();
        String hash = HachageMotDePasse.hacher(DonneesDemo.MOT_DE_PASSE_DEMO);
        Instant maintenant = horloge.instant();
        ReglesUsage regles = reglesUsage.enVigueur().orElseThrow();
        for (Utilisateur agent : List.of(
                Utilisateur.agentCaf(eure, identifiant("Martin", eure), "Martin", "Claire", "claire.martin@caf27.demo.eden", hash,
                        maintenant, EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)),
                Utilisateur.agentCaf(eure, identifiant("Leroy", eure), "Leroy", "Hugo", "hugo.leroy@caf27.demo.eden", hash,
                        maintenant, EnumSet.of(RoleCaf.VERIFICATEUR_CAF)),
                Utilisateur.agentCaf(eure, identifiant("Petit", eure), "Petit", "Sophie", "sophie.petit@caf27.demo.eden", hash,
                        maintenant, EnumSet.of(RoleCaf.SUPERVISEUR_CAF)),
                Utilisateur.agentCnaf(identifiant("Dubois", null), "Dubois", "Marc", "marc.dubois@cnaf.demo.eden", hash, maintenant))) {
            utilisateurs.enregistrer(agent);
            reglesUsage.enregistrer(agent.accepterReglesUsage(regles, maintenant));
        }

        // First login pending (R-AUTH-2): the CIAS's administrator, as in the seed contract, with a
        // provisional password and the usage rules still to accept.
        utilisateurs.enregistrer(Utilisateur.partenaire(cias, identifiant("Charles", eure), "Charles", "Ludovic",
                "l.charles@bernay.demo.eden", hash, maintenant));

        // Expired password (R-PWD-3): changed seven months ago, rules accepted.
        Utilisateur expire = utilisateurs.enregistrer(Utilisateur.partenaire(cias, identifiant("Roussel", eure), "Roussel", "Frédéric",
                "f.roussel@bernay.demo.eden", hash, maintenant));
        expire.changerMotDePasse(hash, maintenant.atZone(Horloge.FUSEAU).minusMonths(7).toInstant(), 0);
        reglesUsage.enregistrer(expire.accepterReglesUsage(regles, maintenant));
    }

    /**
     * A provisional password lasts 24 hours (R-PWD-2): while the demo's first-login account has
     * not been through its first login, each start gives it a fresh one (the same demo password).
     */
    private void rafraichirPremiereConnexion() {
        utilisateurs.parIdentifiant(PREMIERE_CONNEXION)
                .filter(u -> u.getStatut() == StatutCompte.PROVISOIRE)
                .ifPresent(u -> u.attribuerMotDePasseProvisoire(HachageMotDePasse.hacher(DonneesDemo.MOT_DE_PASSE_DEMO),
                        horloge.instant(), 0));
    }

    /** Demo identifiers come from the same counters as real ones (R-HAB-1), so none is given twice. */
    private String identifiant(String nom, Caf caf) {
        return utilisateurs.compteurVerrouille(CompteurIdentifiant.prefixePour(nom), caf == null ? CODE_CNAF : caf.getCode())
                .attribuer();
    }
}
