package org.eden.portail.convention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.CafResume;
import org.eden.portail.shared.CritereOrganismes;
import org.eden.portail.shared.FicheOrganisme;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.OrganismeResume;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.Siret;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.trace.ActionTracee;

import java.util.List;

/**
 * The partner organisations of a Caf, for its own staff (and national agents) only. An
 * administrateur Caf creates and corrects them (specification §2); every check is made against the
 * Caf of the partner loaded, never against ids the caller sent.
 */
@Stateless
public class OrganismeService {

    @Inject
    CafRepository cafs;

    @ActionTracee(value = "CONSULTATION_ORGANISMES", cible = "CAF")
    public List<OrganismeResume> organismesDe(String codeCaf, TypeOrganisme type) {
        // Checked here, not in the screens: the API and every screen go through this method.
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.PARTENAIRE_CONSULTER.sur(codeCaf));
        return cafs.cafParCode(codeCaf)
                .map(caf -> cafs.organismesDe(caf).stream()
                        .filter(o -> type == null || o.getType() == type)
                        .map(OrganismeResume::de)
                        .toList())
                .orElse(List.of());
    }

    /** The Cafs whose partners the caller may read: a Caf agent's own; none for the Cnaf (§2). */
    public List<CafResume> cafsConsultables() {
        return cafsOu(PermissionsConventions.PARTENAIRE_CONSULTER);
    }

    /** The Cafs for which the caller records partners and conventions: an administrateur Caf's own. */
    public List<CafResume> cafsOuEnregistrer() {
        return cafsOu(PermissionsConventions.CONVENTION_ENREGISTRER);
    }

    /** One page of the partners list, filtered and sorted by the database. */
    @ActionTracee(value = "CONSULTATION_ORGANISMES", cible = "CAF")
    public List<FicheOrganisme> rechercher(CritereOrganismes critere, int premier, int nombre, CritereOrganismes.Tri tri,
                                           boolean croissant) {
        return cafs.rechercher(borner(critere), premier, nombre, tri, croissant).stream().map(FicheOrganisme::de).toList();
    }

    @ActionTracee(value = "COMPTAGE_ORGANISMES", cible = "CAF")
    public long compter(CritereOrganismes critere) {
        return cafs.compter(borner(critere));
    }

    @ActionTracee(value = "CONSULTATION_ORGANISME", cible = "ORGANISME")
    public FicheOrganisme organisme(Long organismeId) {
        return FicheOrganisme.de(charger(organismeId, PermissionsConventions.PARTENAIRE_CONSULTER));
    }

    /** R-CONV-1: a new partner of the Caf, its SIRET checked (Luhn key) and not already known. */
    @ActionTracee(value = "ENREGISTREMENT_ORGANISME", cible = "CAF")
    public FicheOrganisme enregistrer(String codeCaf, FicheOrganisme saisie) {
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_ENREGISTRER.sur(codeCaf));
        Caf caf = cafs.cafParCode(codeCaf)
                .orElseThrow(() -> new RegleMetierException("R-CONV-1", "Caf inconnue : " + codeCaf + "."));
        OrganismePartenaire organisme = new OrganismePartenaire(caf, saisie.getNom(), saisie.getType(), saisie.getSiret(),
                saisie.adresse());
        siretLibre(organisme.getSiret(), null);
        return FicheOrganisme.de(cafs.enregistrer(organisme));
    }

    @ActionTracee(value = "MODIFICATION_ORGANISME", cible = "ORGANISME")
    public FicheOrganisme modifier(Long organismeId, FicheOrganisme saisie) {
        OrganismePartenaire organisme = charger(organismeId, PermissionsConventions.CONVENTION_ENREGISTRER);
        siretLibre(Siret.normaliser(saisie.getSiret()), organisme);
        organisme.modifier(saisie.getNom(), saisie.getType(), saisie.getSiret(), saisie.adresse());
        return FicheOrganisme.de(organisme);
    }

    private void siretLibre(String siret, OrganismePartenaire lui) {
        cafs.organismeParSiret(siret).filter(autre -> !autre.equals(lui)).ifPresent(autre -> {
            throw new RegleMetierException("R-CONV-1", "Le SIRET " + siret + " est déjà celui d'un organisme partenaire"
                    + (SecurityUtils.getSubject().isPermitted(PermissionsConventions.PARTENAIRE_CONSULTER.sur(autre.getCaf().getCode()))
                    ? " : « " + autre.getNom() + " »." : " d'une autre Caf."));
        });
    }

    private OrganismePartenaire charger(Long organismeId, PermissionPortee permissionSurLaCaf) {
        OrganismePartenaire organisme = cafs.organisme(organismeId)
                .orElseThrow(() -> new RegleMetierException("R-CONV-1", "Organisme partenaire introuvable."));
        SecurityUtils.getSubject().checkPermission(permissionSurLaCaf.sur(organisme.getCaf().getCode()));
        return organisme;
    }

    private CritereOrganismes borner(CritereOrganismes critere) {
        List<String> codes = cafsConsultables().stream().map(CafResume::code).toList();
        if (codes.isEmpty()) {
            throw new UnauthorizedException("Aucune Caf dont vous puissiez consulter les partenaires.");
        }
        return critere.dansLesCafs(codes);
    }

    private List<CafResume> cafsOu(PermissionPortee permission) {
        Subject sujet = SecurityUtils.getSubject();
        return cafs.cafs().stream().filter(caf -> sujet.isPermitted(permission.sur(caf.getCode())))
                .map(CafResume::de).toList();
    }
}
