package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.habilitation.HabilitationRepository;
import org.eden.portail.habilitation.PartenairesDeDemo;
import org.eden.portail.habilitation.RoleGroupe;
import org.eden.portail.identite.ComptesActifsDemo;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A partner that reads the Tableau de bord under one profile, the way the portal grants it: an
 * active convention whose bulletin gives the profile, a group "Études et statistiques" carrying it,
 * and one account — its administrateur partenaire — attached to the group, hence habilitated
 * (R-TDB-1). Used by the demo data and by the integration tests, in the caller's transaction.
 */
@ApplicationScoped
public class PartenairesTdb {

    private static final String AGENT = "TDB-DEMO";

    @Inject
    ComptesActifsDemo comptes;

    @Inject
    CafRepository cafs;

    @Inject
    PartenairesDeDemo partenaires;

    @Inject
    HabilitationRepository habilitations;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    /** The account's identifier; nothing is created when the organisation already exists. */
    public String partenaire(Caf caf, String nom, TypeOrganisme type, String siret, Adresse adresse, ProfilTdb profil,
                             String nomUtilisateur, String prenom, String email, String hash) {
        if (cafs.organismeParSiret(siret).isPresent()) {
            OrganismePartenaire existant = cafs.organismeParSiret(siret).get();
            return utilisateurs.deLOrganisme(existant.getId()).stream().map(Utilisateur::getIdentifiant).findFirst().orElse(null);
        }
        Instant maintenant = horloge.instant();
        OrganismePartenaire organisme = cafs.enregistrer(new OrganismePartenaire(caf, nom, type, siret, adresse));
        // A user who already chose his password and accepted the usage rules: he logs in straight away.
        Utilisateur u = comptes.partenaire(organisme, nomUtilisateur, prenom, email, hash, maintenant);
        String identifiant = u.getIdentifiant();
        Convention c = partenaires.conventionActive(organisme,
                new ContratDeService(ModeGestion.DELEGUE, new Contact(nomUtilisateur.toUpperCase(), prenom, email, null), null, null, null),
                identifiant, LocalDate.ofInstant(maintenant, ZoneOffset.UTC).withDayOfMonth(1), ServiceCatalogue.TABLEAU_DE_BORD,
                Map.of(profil.name(), 5), AGENT, AGENT + "-VERIF", maintenant);
        partenaires.groupeHabilite(c, "Études et statistiques", new RoleGroupe(ServiceCatalogue.TABLEAU_DE_BORD, profil.name()), u,
                identifiant, maintenant);
        habilitations.ecrire();
        return identifiant;
    }
}
