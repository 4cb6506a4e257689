package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A demo partner granted a service the way the portal grants it, for the contexts' demo data
 * (afas.AfasDemo, tableaudebord.PartenairesTdb), in the caller's transaction: an active convention
 * whose bulletin gives the service's profiles, then groups each carrying one profile with a member
 * attached, hence habilitated (R-HAB-2, R-HAB-3). Here once, because the contexts that show a
 * service must not import each other.
 */
@ApplicationScoped
public class PartenairesDeDemo {

    @Inject
    ConventionRepository conventions;

    @Inject
    HabilitationRepository habilitations;

    /**
     * The organisation's convention, recorded and submitted by {@code agent}, validated and activated
     * by {@code verificateur}, with a quota of {@code quotas} (profile → places) on the service
     * {@code codeService}; its administrateur partenaire's account is {@code compteAdministrateur}.
     */
    public Convention conventionActive(OrganismePartenaire organisme, ContratDeService contrat, String compteAdministrateur,
                                       LocalDate debut, String codeService, Map<String, Integer> quotas, String agent,
                                       String verificateur, Instant maintenant) {
        Convention c = Convention.enregistrer(organisme.getCaf(), organisme,
                conventions.compteurVerrouille(organisme.getCaf().getCode(), 2026).attribuer(), contrat, debut, agent, maintenant);
        ServiceCatalogue service = conventions.service(codeService).orElseThrow();
        quotas.forEach((profil, places) -> c.fixerQuota(service, profil, places, places));
        c.soumettre(agent, maintenant);
        c.valider(verificateur, maintenant);
        c.rattacherComptes(compteAdministrateur, null);
        c.activer(verificateur, maintenant);
        conventions.enregistrer(c);
        conventions.ecrire();
        return c;
    }

    /** A root group of the convention's partner created by {@code par}, carrying {@code role}; {@code membre} attached and habilitated. */
    public Utilisateur groupeHabilite(Convention c, String nom, RoleGroupe role, Utilisateur membre, String par, Instant maintenant) {
        Groupe g = habilitations.enregistrer(Groupe.racine(c.getOrganisme(), nom, par, maintenant));
        g.attribuerRole(role);
        habilitations.enregistrer(new Rattachement(g, membre, par, maintenant));
        habilitations.enregistrer(new Habilitation(c, membre, role, maintenant));
        return membre;
    }
}
