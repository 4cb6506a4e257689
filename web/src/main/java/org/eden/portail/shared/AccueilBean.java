package org.eden.portail.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.eden.portail.cdap.PermissionsCdap;
import org.eden.portail.convention.PermissionsConventions;
import org.eden.portail.habilitation.PermissionsHabilitations;
import org.eden.portail.identite.PermissionsIdentite;
import org.eden.portail.incident.PermissionsIncidents;
import org.eden.portail.trace.PermissionsTraces;

import java.util.List;

/**
 * The home page's tiles: every screen of the portal that the user's permissions open, and no
 * other. A tile is listed here only once its screen exists, so the home never leads nowhere.
 */
@Named
@RequestScoped
public class AccueilBean {

    static final List<Tuile> CATALOGUE = List.of(
            new Tuile("Mon compte", "Vos informations, votre rattachement et votre dernière connexion.",
                    "pi pi-user", "/compte/mon-compte.xhtml", PermissionsIdentite.COMPTE_CONSULTER),
            new Tuile("Conventions", "Les conventions de vos partenaires : contrats, bulletins, quotas, historique.",
                    "pi pi-file", "/convention/conventions.xhtml", PermissionsConventions.ECRAN_CONVENTIONS),
            new Tuile("À vérifier", "Les conventions enregistrées qui attendent votre contrôle a priori.",
                    "pi pi-check-square", "/convention/a-verifier.xhtml", PermissionsConventions.ECRAN_A_VERIFIER),
            new Tuile("Partenaires", "Les organismes partenaires de votre Caf.",
                    "pi pi-building", "/convention/partenaires.xhtml", PermissionsConventions.ECRAN_PARTENAIRES),
            new Tuile("Traces", "Qui a fait quoi, quand et d'où : consulter, filtrer, exporter.",
                    "pi pi-history", "/trace/traces.xhtml", PermissionsTraces.ECRAN_TRACES),
            new Tuile("Incidents", "Signaler un incident au guichet de la Caf et suivre son traitement.",
                    "pi pi-exclamation-circle", "/incident/mes-incidents.xhtml", PermissionsIncidents.ECRAN_INCIDENTS_PARTENAIRE),
            new Tuile("Guichet des incidents", "Les incidents des partenaires : prise en charge, échanges, résolution.",
                    "pi pi-inbox", "/incident/guichet.xhtml", PermissionsIncidents.ECRAN_GUICHET_INCIDENTS),
            new Tuile("Avis de maintenance", "Annoncer une interruption de service sur la page de connexion et l'accueil.",
                    "pi pi-megaphone", "/incident/maintenance.xhtml", PermissionsIncidents.ECRAN_MAINTENANCE),
            new Tuile("Dossiers allocataires", "Consulter le dossier d'un allocataire selon votre profil CDAP.",
                    "pi pi-folder-open", "/cdap/consultation.xhtml", PermissionsCdap.CDAP_CONSULTER),
            new Tuile("Matrice CDAP", "Ce que chaque profil CDAP voit d'un dossier allocataire.",
                    "pi pi-table", "/cdap/matrice.xhtml", PermissionsCdap.CDAP_MATRICE_MODIFIER),
            new Tuile("Habilitations", "Les groupes de votre organisme, leurs rôles et quotas, vos utilisateurs et leurs habilitations.",
                    "pi pi-sitemap", "/habilitation/groupes.xhtml", PermissionsHabilitations.ECRAN_HABILITATIONS),
            new Tuile("Habilitations des partenaires", "Suspendre, imposer un nouveau mot de passe, reprendre la main sur la délégation.",
                    "pi pi-shield", "/habilitation/caf.xhtml", PermissionsHabilitations.ECRAN_HABILITATIONS_CAF),
            new Tuile("Revue des habilitations", "La revue annuelle : confirmez ou retirez chaque habilitation de vos utilisateurs, puis signez.",
                    "pi pi-verified", "/habilitation/revue-habilitations.xhtml", PermissionsHabilitations.REVUE_MENER),
            new Tuile("Import d'utilisateurs", "Créer des utilisateurs en nombre depuis un fichier CSV, avec un rapport ligne à ligne.",
                    "pi pi-upload", "/habilitation/import-utilisateurs.xhtml", PermissionsHabilitations.IMPORT_UTILISATEURS),
            new Tuile("Campagne de revue", "Ouvrir la revue annuelle des habilitations et suivre où en est chaque partenaire.",
                    "pi pi-list-check", "/habilitation/revue-campagne.xhtml", PermissionsHabilitations.MENU_REVUE_SUIVRE));

    private List<Tuile> tuiles;

    public List<Tuile> getTuiles() {
        if (tuiles == null) {
            Subject sujet = SecurityUtils.getSubject();
            tuiles = CATALOGUE.stream().filter(t -> sujet.isPermitted(t.getPermission())).toList();
        }
        return tuiles;
    }
}
