package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * R-AFAS-2, R-AFAS-5, R-AFAS-7: the Caf's back office of its partners' declarations. Its agents
 * ({@code afas:suivre:<caf>}: gestionnaire AFAS, administrateur, superviseur) list them with filters,
 * read one with its controls, justifications and history, and see the late list; its gestionnaire
 * AFAS ({@code afas:instruire:<caf>}) marks one received, sends it back with a comment (providers and
 * approver told by mail, the providers write again) or validates it. Every check is against the
 * Caf of the declaration loaded: another Caf's id is refused naming the right. Traced.
 */
@Stateless
public class InstructionService {

    @Inject
    AfasRepository depot;

    @Inject
    AccesAfas acces;

    @Inject
    VuesDeclaration vues;

    @Inject
    EcheancesAfas echeances;

    @Inject
    FichesDeclaration fiches;

    @Inject
    Event<Courriel> courriels;

    @Inject
    Clock horloge;

    /** R-AFAS-7: the Caf's declarations matching the filter ({@code enRetard} true: late ones only), newest exercice first. */
    @ActionTracee(value = "AFAS_CONSULTATION_DECLARATIONS_CAF", cible = "CAF")
    public List<DeclarationResume> declarations(String codeCaf, FiltreDeclarations filtre, boolean enRetard) {
        return declarations(codeCaf, filtre, enRetard, null);
    }

    /**
     * R-AFAS-7, R-AFAS-4: the same, also filtered on the state of their coherence warnings
     * ({@code avertissements} null: any) — all justified, some not justified, none failing — as the
     * declaration's Caf runs its controls now (computed here, beside the query, like lateness).
     */
    @ActionTracee(value = "AFAS_CONSULTATION_DECLARATIONS_CAF", cible = "CAF")
    public List<DeclarationResume> declarations(String codeCaf, FiltreDeclarations filtre, boolean enRetard, Avertissements avertissements) {
        AccesCafAfas.exigerSuivi(codeCaf);
        CalendrierCampagne calendrier = depot.calendrier(codeCaf);
        LocalDate jour = vues.aujourdhui();
        return depot.declarationsDeLaCaf(codeCaf, filtre == null ? FiltreDeclarations.TOUTES : filtre).stream()
                .filter(d -> avertissements == null || Avertissements.de(vues.controles(d)) == avertissements)
                .map(d -> DeclarationResume.de(d, calendrier, jour)).filter(r -> !enRetard || r.enRetard()).toList();
    }

    /** The Caf's partners having an équipement, by name (the back office's filter). */
    public List<PartenaireAfas> partenaires(String codeCaf) {
        AccesCafAfas.exigerSuivi(codeCaf);
        return depot.equipementsDeLaCaf(codeCaf).stream().map(e -> new PartenaireAfas(e.getOrganisme().getId(), e.getOrganisme().getNom()))
                .distinct().toList();
    }

    /** R-AFAS-7: the exercice's declarations not received at their deadline (not opened included), by partner. */
    @ActionTracee(value = "AFAS_CONSULTATION_RETARDS", cible = "CAF")
    public List<RetardVue> retards(String codeCaf, int exercice) {
        AccesCafAfas.exigerSuivi(codeCaf);
        return echeances.retards(codeCaf, exercice, vues.aujourdhui());
    }

    /** R-AFAS-3: the declaration read-only, its controls, justifications and history. */
    @ActionTracee(value = "AFAS_CONSULTATION_DECLARATION_CAF", cible = "DECLARATION")
    public InstructionVue consulter(Long declarationId) {
        Declaration d = declaration(declarationId);
        AccesCafAfas.exigerSuivi(caf(d));
        return vue(d);
    }

    /** R-AFAS-2: the printable record (PDF) of a transmitted declaration of the Caf's partners. */
    @ActionTracee(value = "AFAS_FICHE_DECLARATION_CAF", cible = "DECLARATION")
    public FicheDeclaration fiche(Long declarationId) {
        Declaration d = declaration(declarationId);
        AccesCafAfas.exigerSuivi(caf(d));
        return fiches.fiche(d);
    }

    /** R-AFAS-2: the Caf acknowledges a transmitted declaration. */
    @ActionTracee(value = "AFAS_RECEPTION", cible = "DECLARATION")
    public InstructionVue recevoir(Long declarationId) {
        return agir(declarationId, d -> d.recevoir(moi(), horloge.instant()));
    }

    /** R-AFAS-5: the Caf sends it back with a comment; its providers and approver are told, the providers write again. */
    @ActionTracee(value = "AFAS_DEMANDE_CORRECTION", cible = "DECLARATION")
    public InstructionVue demanderCorrection(Long declarationId, String commentaire) {
        InstructionVue vue = agir(declarationId, d -> d.demanderCorrection(commentaire, moi(), horloge.instant()));
        Declaration d = declaration(declarationId);
        depot.affectations(d.getEquipement().getId()).stream().map(AffectationEquipement::getUtilisateur).distinct()
                .forEach((Utilisateur u) -> courriels.fire(CourrielsAfas.aCorriger(u.getEmail(), u.getNomComplet(), d)));
        return vue;
    }

    /** R-AFAS-2: the Caf validates a received declaration. */
    @ActionTracee(value = "AFAS_VALIDATION", cible = "DECLARATION")
    public InstructionVue valider(Long declarationId) {
        return agir(declarationId, d -> d.valider(moi(), horloge.instant()));
    }

    private InstructionVue agir(Long declarationId, Consumer<Declaration> transition) {
        Declaration d = declaration(declarationId);
        AccesCafAfas.exigerInstruction(caf(d));
        transition.accept(d);
        depot.exigerVersionInchangee(d);
        try {
            depot.ecrire();
        } catch (OptimisticLockException concurrente) {
            throw new RegleMetierException("R-AFAS-5", "La déclaration vient d'être modifiée par un autre utilisateur : rechargez-la.");
        }
        return vue(d);
    }

    private InstructionVue vue(Declaration d) {
        boolean instructeur = SecurityUtils.getSubject().isPermitted(PermissionsAfas.INSTRUIRE.sur(caf(d)));
        StatutDeclaration s = d.getStatut();
        return new InstructionVue(vues.vue(d), d.getHistorique().stream().map(EtapeVue::de).toList(),
                instructeur && s == StatutDeclaration.TRANSMISE,
                instructeur && (s == StatutDeclaration.TRANSMISE || s == StatutDeclaration.RECUE),
                instructeur && s == StatutDeclaration.RECUE);
    }

    private String moi() {
        return acces.appelant().getIdentifiant();
    }

    private static String caf(Declaration d) {
        return d.getEquipement().getOrganisme().getCaf().getCode();
    }

    private Declaration declaration(Long id) {
        return depot.declaration(id).orElseThrow(() -> new RegleMetierException("R-AFAS-2", "Déclaration n° " + id + " introuvable."));
    }
}
