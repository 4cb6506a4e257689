package org.eden.portail.shared;

import static org.eden.portail.shared.EnTantQue.en;

import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.ConventionVue;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.NouvelleConvention;
import org.eden.portail.convention.QuotaDemande;

import java.time.LocalDate;
import java.util.List;

/**
 * Conventions as the tests of the other contexts need them: written once here, the way the Caf's
 * agents record them and take them through the real service (the partner's accounts created and
 * mailed at validation), rather than again in each fixture.
 */
public final class ConventionsDeTest {

    private ConventionsDeTest() {
    }

    /**
     * A delegated convention from 1 January 2026: administrateur « Gerant<lettre> », suppléant
     * « Suppleant<lettre> », mailed at admin.<lettre>@{@code domaine} and suppleant.<lettre>@{@code domaine},
     * no other contact, these quotas.
     */
    public static NouvelleConvention deleguee(Long organismeId, String lettre, String prenomAdministrateur, String prenomSuppleant,
                                              String domaine, QuotaDemande... quotas) {
        return new NouvelleConvention(organismeId, ModeGestion.DELEGUE, LocalDate.of(2026, 1, 1),
                new Contact("Gerant" + lettre, prenomAdministrateur, "admin." + lettre.toLowerCase() + "@" + domaine, null),
                new Contact("Suppleant" + lettre, prenomSuppleant, "suppleant." + lettre.toLowerCase() + "@" + domaine, null),
                null, null, List.of(quotas));
    }

    /**
     * {@code nouvelle} recorded and submitted for the Caf {@code codeCaf} by its agent {@code agentCaf},
     * then validated by {@code verificateur}, through the real service: the validated convention.
     */
    public static ConventionVue validee(ConventionService service, String codeCaf, String agentCaf, String verificateur,
                                        NouvelleConvention nouvelle) {
        ConventionVue vue = en(agentCaf, () -> service.enregistrer(codeCaf, nouvelle));
        en(agentCaf, () -> service.soumettre(vue.id()));
        return en(verificateur, () -> service.valider(vue.id()));
    }
}
