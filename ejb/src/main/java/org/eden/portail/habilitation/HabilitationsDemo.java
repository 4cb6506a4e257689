package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.identite.ComptesActifsDemo;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.DonneesDemo;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Demo habilitations of the CIAS (convention 2017-187, CDAP T2 for 20 users; H2 only, called by
 * the demo data loader): the tree "Action sociale" › "Accueil" (which carries CDAP T2), a
 * responsable des habilitations on "Action sociale", and two agents of "Accueil" who hold T2.
 * The administrateur partenaire (CHA271001) stays in no group: no service role (R-HAB-12).
 */
@ApplicationScoped
public class HabilitationsDemo implements DonneesDemoDuContexte {

    private static final Logger LOG = Logger.getLogger(HabilitationsDemo.class.getName());
    private static final String ADMINISTRATEUR = "CHA271001";

    @Inject
    ComptesActifsDemo comptes;

    @Inject
    HabilitationRepository depot;

    @Inject
    ConventionRepository conventions;

    @Inject
    CafRepository cafs;

    @Inject
    Clock horloge;

    /** After the accounts and the conventions its habilitations stand under. */
    @Override
    public int rang() {
        return 40;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        chargerSiAbsentes(DonneesDemo.MOT_DE_PASSE_DEMO);
    }

    /** Does nothing when the CIAS already has groups, or has no convention in force. */
    public void chargerSiAbsentes(String motDePasseDemo) {
        OrganismePartenaire cias = cafs.organismeParSiret("20004167100013").orElse(null);
        if (cias == null || !depot.groupesDe(cias.getId()).isEmpty()) {
            return;
        }
        Convention convention = conventions.conventionEnVigueur(cias.getId()).orElse(null);
        if (convention == null) {
            return;
        }
        Instant maintenant = horloge.instant();
        String hash = HachageMotDePasse.hacher(motDePasseDemo);
        Groupe actionSociale = depot.enregistrer(Groupe.racine(cias, "Action sociale", ADMINISTRATEUR, maintenant));
        Groupe accueil = depot.enregistrer(actionSociale.creerSousGroupe("Accueil", ADMINISTRATEUR, maintenant));
        RoleGroupe t2 = new RoleGroupe("CDAP", "T2");
        accueil.attribuerRole(t2);

        Utilisateur responsable = utilisateurActif(cias, "Lemoine", "Anne", "a.lemoine@bernay.demo.eden", hash, maintenant);
        depot.enregistrer(new ResponsableHabilitations(actionSociale, responsable, ADMINISTRATEUR, maintenant));
        depot.enregistrer(new Rattachement(actionSociale, responsable, ADMINISTRATEUR, maintenant));

        for (Utilisateur agent : new Utilisateur[]{
                utilisateurActif(cias, "Dupont", "Sarah", "s.dupont@bernay.demo.eden", hash, maintenant),
                utilisateurActif(cias, "Garnier", "Paul", "p.garnier@bernay.demo.eden", hash, maintenant)}) {
            depot.enregistrer(new Rattachement(accueil, agent, ADMINISTRATEUR, maintenant));
            depot.enregistrer(new Habilitation(convention, agent, t2, maintenant));
        }
        depot.ecrire();
        LOG.info("Habilitations de démonstration chargées (CIAS : Action sociale › Accueil, CDAP T2).");
    }

    /** A user who already chose his password and accepted the usage rules: he logs in straight away. */
    private Utilisateur utilisateurActif(OrganismePartenaire organisme, String nom, String prenom, String email, String hash,
                                        Instant maintenant) {
        Utilisateur u = comptes.partenaire(organisme, nom, prenom, email, hash, maintenant);
        depot.ecrire();
        return u;
    }
}
