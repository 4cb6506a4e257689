package org.eden.portail.habilitation;

import org.eden.portail.convention.BulletinAdhesion;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.Quota;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.shared.RegleMetierException;

import java.util.Collection;
import java.util.Map;

/**
 * The rules a habilitation must meet before it is granted, in one place with their numbers:
 * a role comes from a bulletin of the active convention (R-HAB-2), within its quota (R-HAB-3),
 * the AFAS ceilings (R-HAB-4), and never a CDAP profile for the administrateur partenaire or his
 * suppléant (R-HAB-12). Pure functions: the services load, lock and count, these decide.
 */
public final class ReglesHabilitation {

    /** R-HAB-4: the most persons per AFAS role, whatever the bulletin grants. */
    public static final Map<String, Integer> PLAFONDS_AFAS = Map.of(
            "FOURNISSEUR_ACTIVITE", 2,
            "FOURNISSEUR_FINANCIER", 2,
            "APPROBATEUR", 1);
    /** R-HAB-4: one person holds 1 to 3 AFAS roles. */
    public static final int ROLES_AFAS_PAR_PERSONNE = 3;

    private ReglesHabilitation() {
    }

    /** R-HAB-2: the convention must be active (its administrateur's account exists) before anything is organised. */
    public static void exigerConventionActive(Convention convention, String organisme) {
        if (convention == null) {
            throw new RegleMetierException("R-HAB-2", "L'organisme « " + organisme
                    + " » n'a pas de convention active : les habilitations ne s'organisent qu'une fois la convention validée par la Caf et active.");
        }
        if (convention.getStatut() != org.eden.portail.convention.StatutConvention.ACTIVE) {
            throw new RegleMetierException("R-CONV-8", "La convention n° " + convention.getNumero() + " est « "
                    + convention.getStatut().getLibelle().toLowerCase() + " » : les habilitations ne peuvent pas changer.");
        }
    }

    /** R-HAB-2: only (service, profile) pairs present, with a quota, in a bulletin of the convention. */
    public static Quota exigerRoleDuBulletin(Convention convention, RoleGroupe role) {
        BulletinAdhesion bulletin = convention.bulletin(role.getService()).orElseThrow(() -> new RegleMetierException("R-HAB-2",
                "La convention n° " + convention.getNumero() + " n'a pas de bulletin d'adhésion au service " + role.getService()
                        + " : ce rôle ne peut pas être attribué. Services disponibles : " + services(convention) + "."));
        return bulletin.quota(role.getProfil()).filter(q -> q.getAccorde() > 0).orElseThrow(() -> new RegleMetierException("R-HAB-2",
                "Le bulletin " + role.getService() + " de la convention n° " + convention.getNumero() + " n'accorde pas le profil "
                        + role.getProfil() + ". Profils accordés : " + profils(bulletin) + "."));
    }

    /** The number of persons the profile admits: the bulletin's quota, capped for AFAS (R-HAB-4). */
    public static int maximum(Quota quota, RoleGroupe role) {
        if (ServiceCatalogue.AFAS.equals(role.getService()) && PLAFONDS_AFAS.containsKey(role.getProfil())) {
            return Math.min(quota.getAccorde(), PLAFONDS_AFAS.get(role.getProfil()));
        }
        return quota.getAccorde();
    }

    /**
     * R-HAB-3, R-HAB-4: one more holder of the role must stay within the maximum. {@code titulaires}
     * counts the persons who hold it today (each once, whatever his groups).
     */
    public static void exigerPlaceLibre(Convention convention, Quota quota, RoleGroupe role, long titulaires) {
        int maximum = maximum(quota, role);
        if (titulaires < maximum) {
            return;
        }
        boolean afas = maximum < quota.getAccorde();
        throw new RegleMetierException(afas ? "R-HAB-4" : "R-HAB-3", (afas
                ? "Le rôle AFAS " + role.getProfil() + " est limité à " + maximum + " personne(s)"
                : "Le quota " + role.getService() + " " + role.getProfil() + " de la convention n° " + convention.getNumero()
                        + " est atteint (" + titulaires + " utilisateur(s) sur " + maximum + ")")
                + " : ce rattachement le dépasserait. Libérez une place ou demandez à la Caf de relever le quota.");
    }

    /** R-HAB-4: a person holds at most three AFAS roles. */
    public static void exigerRolesAfasParPersonne(String personne, Collection<RoleGroupe> roles) {
        long afas = roles.stream().filter(r -> ServiceCatalogue.AFAS.equals(r.getService())).count();
        if (afas > ROLES_AFAS_PAR_PERSONNE) {
            throw new RegleMetierException("R-HAB-4", personne + " détiendrait " + afas + " rôles AFAS : une personne en a "
                    + ROLES_AFAS_PAR_PERSONNE + " au plus.");
        }
    }

    /** R-HAB-12: the administrateur partenaire and his suppléant never consult beneficiary files. */
    public static void exigerPasDeCdapPourLAdministrateur(String personne, boolean administrateurOuSuppleant,
                                                           Collection<RoleGroupe> roles) {
        if (administrateurOuSuppleant && roles.stream().anyMatch(r -> ServiceCatalogue.CDAP.equals(r.getService()))) {
            throw new RegleMetierException("R-HAB-12", personne
                    + " est administrateur partenaire ou suppléant : un profil CDAP lui est refusé, il ne consulte jamais de dossier allocataire.");
        }
    }

    private static String services(Convention convention) {
        return convention.getBulletins().stream().map(b -> b.getService().getCode()).sorted().reduce((a, b) -> a + ", " + b)
                .orElse("aucun");
    }

    private static String profils(BulletinAdhesion bulletin) {
        return bulletin.getQuotas().stream().filter(q -> q.getAccorde() > 0).map(Quota::getProfil)
                .reduce((a, b) -> a + ", " + b).orElse("aucun");
    }
}
