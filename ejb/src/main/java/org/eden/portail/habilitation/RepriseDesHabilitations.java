package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRemplacee;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.Quota;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R-CONV-6: when the successor of a "clôturer et recréer" is validated, every habilitation in force
 * under the closed convention is granted again under the successor — same person, same (service,
 * profile), suspended ones stay suspended with their reason — in the validating transaction, so the
 * users see no interruption beyond that commit. The successor's quotas hold (R-HAB-3, R-HAB-4):
 * the oldest grants are carried first, and those a lowered quota cannot hold are not dropped in
 * silence: each is named in {@link ConventionRemplacee#nonReprises()} for the successor's history,
 * and the person keeps his groups, so a place freed later grants it again at the next change.
 * The old habilitations are devalidated (kept six years from now, R-TRACE-3).
 */
@ApplicationScoped
public class RepriseDesHabilitations {

    @Inject
    HabilitationRepository depot;

    @Inject
    ConventionRepository conventions;

    @Inject
    Clock horloge;

    void reprendre(@Observes ConventionRemplacee remplacement) {
        Convention successeur = conventions.convention(remplacement.conventionId()).orElseThrow();
        Instant maintenant = horloge.instant();
        List<Habilitation> anciennes = depot.habilitationsEnVigueurDeLaConvention(remplacement.precedenteId()).stream()
                .sorted(Comparator.comparing(Habilitation::getValideDepuis).thenComparing(Habilitation::getId))
                .toList();
        List<Ancienne> aReprendre = anciennes.stream().map(Ancienne::de).toList();
        anciennes.forEach(h -> h.devalider("Reprise sous la convention n° " + remplacement.numero() + " (R-CONV-6)", maintenant));
        depot.ecrire(); // frees UNIQUE (en_vigueur_utilisateur, service, profil) for the new grants
        // Bulletins locked in one order (service code), as every grant does: no deadlock.
        aReprendre.stream().map(a -> a.role().getService()).distinct().sorted()
                .forEach(service -> depot.verrouillerBulletin(successeur.getId(), service));
        Map<RoleGroupe, Long> titulaires = new HashMap<>();
        for (Ancienne ancienne : aReprendre) {
            RoleGroupe role = ancienne.role();
            String personne = ancienne.habilitation().getUtilisateur().getNomComplet() + " ("
                    + ancienne.habilitation().getUtilisateur().getIdentifiant() + ") " + role;
            Optional<Quota> quota = successeur.bulletin(role.getService()).flatMap(b -> b.quota(role.getProfil()));
            if (quota.isEmpty() || quota.get().getAccorde() <= 0) {
                remplacement.nonReprises().add(personne + " : profil absent des bulletins de la convention n° " + remplacement.numero());
                continue;
            }
            int maximum = ReglesHabilitation.maximum(quota.get(), role);
            long tenus = titulaires.computeIfAbsent(role,
                    r -> depot.titulaires(successeur.getId(), r.getService(), r.getProfil()));
            if (tenus >= maximum) {
                remplacement.nonReprises().add(personne + " : quota de " + maximum + " atteint");
                continue;
            }
            Habilitation nouvelle = new Habilitation(successeur, ancienne.habilitation().getUtilisateur(), role, maintenant);
            if (ancienne.motifSuspension() != null) {
                nouvelle.suspendre(ancienne.motifSuspension(), maintenant);
            }
            depot.enregistrer(nouvelle);
            titulaires.put(role, tenus + 1);
            remplacement.reprises().add(personne);
        }
        depot.ecrire();
    }

    /** What devalidation erases (the suspension) is read before it. */
    private record Ancienne(Habilitation habilitation, RoleGroupe role, String motifSuspension) {
        static Ancienne de(Habilitation h) {
            return new Ancienne(h, h.getRole(), h.estActive() ? null : h.getMotifSuspension());
        }
    }
}
