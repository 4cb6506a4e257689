package org.eden.portail.convention;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.AdresseCourriel;
import org.eden.portail.identite.CompteCree;
import org.eden.portail.identite.CompteService;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ViolationUnicite;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The back office of conventions (R-CONV-*): records, a priori control, suspension, closure,
 * quotas. The rules live in {@link Convention}; this service checks who may act — always against
 * the Caf of the convention it loaded, never against ids the caller sent — and orchestrates the
 * accounts (R-CONV-4), the sessions (R-CONV-8) and the database guard of R-CONV-2.
 */
@Stateless
public class ConventionService {

    @Inject
    ConventionRepository conventions;

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CompteService comptes;

    /**
     * R-CONV-7: exactly one implementation, UsageQuotasHabilitations. A plain injection, so that a
     * missing or ambiguous bean fails the deployment instead of counting every quota as unused.
     */
    @Inject
    UsageQuotas usages;

    @Inject
    Event<ConventionSuspendue> suspensions;

    /** R-CONV-8: observed by the habilitations, which devalidate theirs in this transaction. */
    @Inject
    Event<ConventionCloturee> clotures;

    /** R-CONV-6: observed by the habilitations, which carry theirs over to the successor in this transaction. */
    @Inject
    Event<ConventionRemplacee> remplacements;

    @Inject
    Clock horloge;

    /** R-CONV-1, R-CONV-3: a draft, numbered in the Caf's sequence of the current year. */
    @ActionTracee(value = "ENREGISTREMENT_CONVENTION", cible = "CAF")
    public ConventionVue enregistrer(String codeCaf, NouvelleConvention demande) {
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_ENREGISTRER.sur(codeCaf));
        Caf caf = cafs.cafParCode(codeCaf)
                .orElseThrow(() -> new RegleMetierException("R-CONV-1", "Caf inconnue : " + codeCaf + "."));
        OrganismePartenaire organisme = cafs.organisme(demande.organismeId()).orElse(null);
        verifierAdresses(demande);
        NumeroConvention numero = conventions.compteurVerrouille(codeCaf, aujourdhui().getYear()).attribuer();
        Convention convention = Convention.enregistrer(caf, organisme, numero,
                new ContratDeService(demande.mode(), demande.administrateur(), demande.suppleant(),
                        demande.responsableSecurite(), demande.referentInformatiqueLibertes()),
                demande.dateDebut(), acteur(), horloge.instant());
        for (QuotaDemande quota : demande.quotas() == null ? List.<QuotaDemande>of() : demande.quotas()) {
            convention.fixerQuota(service(quota.service()), quota.profil(), quota.demande(), quota.accorde());
        }
        return ConventionVue.de(conventions.enregistrer(convention));
    }

    /** R-CONV-7: a draft's bulletins change until it is submitted. */
    @ActionTracee(value = "QUOTA_CONVENTION", cible = "CONVENTION")
    public ConventionVue fixerQuota(Long conventionId, QuotaDemande quota) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER,
                c -> c.fixerQuota(service(quota.service()), quota.profil(), quota.demande(), quota.accorde()));
    }

    @ActionTracee(value = "SOUMISSION_CONVENTION", cible = "CONVENTION")
    public ConventionVue soumettre(Long conventionId) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER, c -> c.soumettre(acteur(), horloge.instant()));
    }

    /**
     * R-CONV-3, R-CONV-4: the vérificateur's validation creates the accounts of the administrateur
     * partenaire and of his suppléant — their connection codes leave only now, after the commit —
     * and opens the convention, unless the partner's previous convention is still in force: then
     * it waits, validated, for {@link #activer}.
     */
    @ActionTracee(value = "VALIDATION_CONVENTION", cible = "CONVENTION")
    public ConventionVue valider(Long conventionId) {
        Convention convention = charger(conventionId, PermissionsConventions.CONVENTION_VERIFIER);
        String verificateur = acteur();
        convention.valider(verificateur, horloge.instant());
        Long organismeId = convention.getOrganisme().getId();
        Convention enVigueur = conventions.conventionEnVigueur(organismeId).orElse(null);
        boolean remplaceLaPrecedente = enVigueur != null && enVigueur.equals(convention.getPrecedente());
        if (remplaceLaPrecedente) {
            convention.reprendreAdministrateursDe(enVigueur); // R-CONV-10 changes made since the recreation
        }
        ContratDeService contrat = convention.getContrat();
        CompteCree administrateur = creerCompte(organismeId, contrat.getAdministrateur());
        CompteCree suppleant = contrat.aUnSuppleant() ? creerCompte(organismeId, contrat.getSuppleant()) : null;
        convention.rattacherComptes(administrateur.identifiant(), suppleant == null ? null : suppleant.identifiant());
        if (enVigueur == null) {
            ouvrir(convention, verificateur);
        } else if (remplaceLaPrecedente) {
            remplacer(enVigueur, convention, verificateur);
        }
        return ConventionVue.de(convention);
    }

    @ActionTracee(value = "REJET_CONVENTION", cible = "CONVENTION")
    public ConventionVue rejeter(Long conventionId, String motif) {
        return changer(conventionId, PermissionsConventions.CONVENTION_VERIFIER, c -> c.rejeter(acteur(), motif, horloge.instant()));
    }

    /** R-CONV-2, R-CONV-3: a validated convention opens once no other one is in force for the partner. */
    @ActionTracee(value = "ACTIVATION_CONVENTION", cible = "CONVENTION")
    public ConventionVue activer(Long conventionId) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER, c -> ouvrir(c, acteur()));
    }

    /** R-CONV-8: the partner's users lose their sessions at once (after the commit). */
    @ActionTracee(value = "SUSPENSION_CONVENTION", cible = "CONVENTION")
    public ConventionVue suspendre(Long conventionId, String motif) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER, c -> {
            c.suspendre(acteur(), motif, horloge.instant());
            suspensions.fire(new ConventionSuspendue(c.getNumero(),
                    utilisateurs.deLOrganisme(c.getOrganisme().getId()).stream().map(Utilisateur::getIdentifiant).toList()));
        });
    }

    @ActionTracee(value = "REACTIVATION_CONVENTION", cible = "CONVENTION")
    public ConventionVue reactiver(Long conventionId, String motif) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER, c -> c.reactiver(acteur(), motif, horloge.instant()));
    }

    @ActionTracee(value = "CLOTURE_CONVENTION", cible = "CONVENTION")
    public ConventionVue cloturer(Long conventionId, String motif) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER, c -> {
            c.cloturer(acteur(), motif, aujourdhui(), horloge.instant());
            clotures.fire(new ConventionCloturee(c.getId(), c.getNumero()));
        });
    }

    /**
     * R-CONV-6: records the successor, a draft in the other mode with the same contacts, services
     * and quotas, to be submitted and validated like any other. The convention stays in force
     * until that validation, which closes it and carries its habilitations over ({@link #valider}):
     * the partner's users keep working all along.
     */
    @ActionTracee(value = "CLOTURE_ET_RECREATION_CONVENTION", cible = "CONVENTION")
    public ConventionVue cloturerEtRecreer(Long conventionId, ModeGestion nouveauMode, String motif) {
        Convention convention = charger(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER);
        NumeroConvention numero = conventions.compteurVerrouille(convention.getCaf().getCode(), aujourdhui().getYear())
                .attribuer();
        Convention successeur = convention.cloturerEtRecreer(nouveauMode, numero, acteur(), motif, aujourdhui(),
                horloge.instant());
        return ConventionVue.de(conventions.enregistrer(successeur));
    }

    /**
     * R-CONV-6 at the successor's validation, in one transaction: the predecessor closes, the
     * successor opens, the habilitations move from one to the other within the successor's quotas
     * (those that do not fit are named in its history), the old ones are devalidated.
     */
    private void remplacer(Convention precedente, Convention successeur, String verificateur) {
        precedente.remplaceePar(successeur, verificateur, aujourdhui(), horloge.instant());
        conventions.ecrire(); // frees organisme_actif (R-CONV-2) before the successor takes it
        ouvrir(successeur, verificateur);
        ConventionRemplacee remplacement = new ConventionRemplacee(precedente.getId(), precedente.getNumero(),
                successeur.getId(), successeur.getNumero(), new ArrayList<>(), new ArrayList<>());
        remplacements.fire(remplacement);
        clotures.fire(new ConventionCloturee(precedente.getId(), precedente.getNumero()));
        successeur.noterReprise(precedente.getNumero(), remplacement.reprises().size(), remplacement.nonReprises(),
                verificateur, horloge.instant());
    }

    /** R-CONV-7: a quota decided by the Caf on the partner's request, never below current use. */
    @ActionTracee(value = "MODIFICATION_QUOTA", cible = "CONVENTION")
    public ConventionVue modifierQuota(Long conventionId, String codeService, String profil, int maximum) {
        return changer(conventionId, PermissionsConventions.CONVENTION_ENREGISTRER,
                c -> c.modifierQuota(codeService, profil, maximum, usage(c, codeService, profil), acteur(), horloge.instant()));
    }

    @ActionTracee(value = "CONSULTATION_CONVENTION", cible = "CONVENTION")
    public ConventionVue consulter(Long conventionId) {
        return ConventionVue.de(consultable(conventionId));
    }

    /** R-CONV-9 (first part): the Caf's conventions, newest number first. */
    @ActionTracee(value = "CONSULTATION_CONVENTIONS", cible = "CAF")
    public List<ConventionVue> conventionsDe(String codeCaf, StatutConvention statut) {
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_CONSULTER.sur(codeCaf));
        return conventions.conventionsDeLaCaf(codeCaf).stream()
                .filter(c -> statut == null || c.getStatut() == statut)
                .map(ConventionVue::de)
                .toList();
    }

    /** R-CONV-9: one page of the conventions of the Cafs the caller may read, filtered and sorted by the database. */
    @ActionTracee(value = "CONSULTATION_CONVENTIONS", cible = "CAF")
    public List<ConventionLigne> rechercher(CritereConventions critere, int premier, int nombre, TriConventions tri,
                                            boolean croissant) {
        return conventions.rechercher(borner(critere), premier, nombre, tri, croissant).stream()
                .map(ConventionLigne::de).toList();
    }

    @ActionTracee(value = "COMPTAGE_CONVENTIONS", cible = "CAF")
    public long compter(CritereConventions critere) {
        return conventions.compter(borner(critere));
    }

    /**
     * The convention page (R-CONV-9): contrat, bulletins with the use of each quota, contacts,
     * history, and the actions the convention's status allows (the aggregate's own table).
     */
    @ActionTracee(value = "CONSULTATION_CONVENTION", cible = "CONVENTION")
    public FicheConvention fiche(Long conventionId) {
        Convention convention = consultable(conventionId);
        List<LigneQuota> quotas = convention.getBulletins().stream()
                .flatMap(b -> b.getQuotas().stream().map(q -> new LigneQuota(b.getService().getCode(),
                        b.getService().getLibelle(), q.getProfil(),
                        b.getService().profil(q.getProfil()).map(ProfilService::getLibelle).orElse(q.getProfil()),
                        q.getDemande(), q.getAccorde(), usage(convention, b.getService().getCode(), q.getProfil()))))
                .toList();
        return new FicheConvention(ConventionVue.de(convention), convention.getOrganisme().getSiret(),
                convention.getOrganisme().getType().getLibelle(), quotas, convention.actionsPossibles());
    }

    /** The vérificateur's queue "À vérifier": his Caf's conventions waiting for him, oldest submission first. */
    @ActionTracee(value = "CONSULTATION_CONVENTIONS_A_VERIFIER", cible = "CAF")
    public List<ConventionLigne> aVerifier(String codeCaf) {
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_VERIFIER.sur(codeCaf));
        return conventions.aVerifier(codeCaf).stream().map(ConventionLigne::de)
                .sorted(Comparator.comparing(ConventionLigne::soumiseLe, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(ConventionLigne::numero))
                .toList();
    }

    /** The profiles a bulletin may grant (R-CONV-7), for the agent who records a convention of this Caf. */
    @ActionTracee(value = "CONSULTATION_CATALOGUE", cible = "CAF")
    public List<ProfilCatalogue> catalogue(String codeCaf) {
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_ENREGISTRER.sur(codeCaf));
        return conventions.catalogue().stream()
                .flatMap(s -> s.getProfils().stream().map(p -> new ProfilCatalogue(s.getCode(), s.getLibelle(), p.getCode(),
                        p.getLibelle())))
                .toList();
    }

    /** The Cafs whose conventions the caller may read (the filter "Caf" of the list). */
    public List<String> cafsConsultables() {
        Subject sujet = SecurityUtils.getSubject();
        return cafs.cafs().stream().map(Caf::getCode)
                .filter(code -> sujet.isPermitted(PermissionsConventions.CONVENTION_CONSULTER.sur(code)))
                .toList();
    }

    private CritereConventions borner(CritereConventions critere) {
        if (critere.codeCaf() != null) {
            SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_CONSULTER.sur(critere.codeCaf()));
        }
        List<String> codes = cafsConsultables();
        if (codes.isEmpty()) {
            throw new UnauthorizedException("Aucune Caf dont vous puissiez consulter les conventions.");
        }
        return critere.dansLesCafs(codes);
    }

    /**
     * R-CONV-2: the friendly refusal when another convention is visibly in force; when two
     * activations race, the UNIQUE column organisme_actif lets only one commit, and the other
     * gets the same refusal here.
     */
    private void ouvrir(Convention convention, String agent) {
        conventions.conventionEnVigueur(convention.getOrganisme().getId())
                .filter(autre -> !autre.equals(convention))
                .ifPresent(autre -> {
                    throw dejaEnVigueur(convention, autre.getNumero());
                });
        convention.activer(agent, horloge.instant());
        ViolationUnicite.ecrire(conventions::ecrire, "uk_convention_organisme_actif", () -> dejaEnVigueur(convention, null));
    }

    private static RegleMetierException dejaEnVigueur(Convention convention, String autre) {
        return new RegleMetierException("R-CONV-2", "L'organisme « " + convention.getOrganisme().getNom()
                + " » a déjà une convention en vigueur" + (autre == null ? "" : " (n° " + autre + ")")
                + " : la convention n° " + convention.getNumero() + " ne peut pas devenir active avant sa clôture.");
    }

    /**
     * R-HAB-9: the contacts' accounts are created at validation, with the codes mailed to these
     * addresses; an address of the wrong shape is refused when the convention is recorded, not
     * found out by the vérificateur. The screen asks the same question (ValidateurAdresseCourriel).
     */
    private static void verifierAdresses(NouvelleConvention demande) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        contacts.put("Administrateur partenaire", demande.administrateur());
        contacts.put("Suppléant", demande.suppleant());
        contacts.put("Responsable sécurité", demande.responsableSecurite());
        contacts.put("Référent Informatique et Libertés", demande.referentInformatiqueLibertes());
        contacts.forEach((role, contact) -> {
            String email = contact == null ? null : contact.getEmail();
            if (email != null && !email.isBlank() && !AdresseCourriel.valide(email)) {
                throw new RegleMetierException("R-HAB-9", role + " : l'adresse électronique « " + email.trim()
                        + " » n'est pas valide.");
            }
        });
    }

    private CompteCree creerCompte(Long organismeId, Contact contact) {
        return comptes.creerComptePartenaire(organismeId, contact.getNom(), contact.getPrenom(), contact.getEmail());
    }

    /** R-CONV-7: the use the habilitations count (UsageQuotasHabilitations). */
    private int usage(Convention convention, String codeService, String profil) {
        return usages.usage(convention.getId(), codeService, profil);
    }

    /** The convention, row-locked, once the caller is known to hold the permission on its Caf. */
    private Convention charger(Long conventionId, PermissionPortee permissionSurLaCaf) {
        Convention convention = conventions.conventionVerrouillee(conventionId).orElseThrow(ConventionService::introuvable);
        SecurityUtils.getSubject().checkPermission(permissionSurLaCaf.sur(convention.getCaf().getCode()));
        return convention;
    }

    /** One transition of the aggregate, on the convention locked, by an agent holding {@code permissionSurLaCaf} on its Caf. */
    private ConventionVue changer(Long conventionId, PermissionPortee permissionSurLaCaf, Consumer<Convention> transition) {
        Convention convention = charger(conventionId, permissionSurLaCaf);
        transition.accept(convention);
        return ConventionVue.de(convention);
    }

    /** A convention read (not locked) by an agent who may read its Caf's conventions. */
    private Convention consultable(Long conventionId) {
        Convention convention = conventions.convention(conventionId).orElseThrow(ConventionService::introuvable);
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_CONSULTER.sur(convention.getCaf().getCode()));
        return convention;
    }

    private ServiceCatalogue service(String code) {
        return conventions.service(code)
                .orElseThrow(() -> new RegleMetierException("R-CONV-7", "Service inconnu : " + code + "."));
    }

    private static RegleMetierException introuvable() {
        return new RegleMetierException("R-CONV-3", "Convention introuvable.");
    }

    private static String acteur() {
        return String.valueOf(SecurityUtils.getSubject().getPrincipal());
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(Horloge.FUSEAU));
    }
}
