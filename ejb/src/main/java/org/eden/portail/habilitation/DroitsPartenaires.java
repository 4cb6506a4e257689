package org.eden.portail.habilitation;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.SourceDroitsPartenaire;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.DroitsPartenaire;

import java.util.List;
import java.util.Optional;

/**
 * The one source of a partner account's rights, read by the realm at each request (so a
 * suspension, a devalidation, a reprise en main take effect at once, cluster-wide) and handed to
 * every context's permissions: no other class derives who administers a partner.
 * <p>
 * <b>Who administers organisation X</b>: the accounts linked as administrateur partenaire or
 * suppléant on the contrat of X's convention in force, <em>active or suspended</em> (R-CONV-2).
 * Two derivations used to coexist and disagreed on a suspended convention; this one keeps it,
 * because the specification ties the suspension to the habilitations and services only (R-CONV-8:
 * "no service can be used; the data stays"), while reading the organisation's traces (R-TRACE-4)
 * and reaching the Caf's desk (R-INC-1) are duties of the administrateur of the contrat, which a
 * suspension does not end — the moment a partner most needs the desk. LectureTracesIT proves it.
 * <p>
 * What a suspended convention does stop, as R-CONV-8 says: every habilitation (no usable service),
 * the delegation (nobody manages habilitations) and the responsables' powers, which are
 * habilitations of the partner's tree. A responsable's sub-tree is read in one place,
 * {@link GestionHabilitations#racinesDuResponsable}, for the permissions here and the services.
 */
@Stateless
@Local(SourceDroitsPartenaire.class)
public class DroitsPartenaires implements SourceDroitsPartenaire {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    GestionHabilitations gestion;

    @Override
    public Optional<DroitsPartenaire> de(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant)
                .filter(u -> u.getOrganisme() != null)
                .map(this::droits);
    }

    private DroitsPartenaire droits(Utilisateur utilisateur) {
        Long organismeId = utilisateur.getOrganisme().getId();
        if (!utilisateur.peutSeConnecter()) {
            return DroitsPartenaire.aucun(organismeId);
        }
        Convention convention = gestion.conventionEnVigueur(organismeId).orElse(null);
        boolean administrateur = GestionHabilitations.estAdministrateurOuSuppleant(convention, utilisateur.getIdentifiant());
        if (!GestionHabilitations.estActive(convention)) {
            return new DroitsPartenaire(organismeId, administrateur, false, false, List.of());
        }
        boolean responsable = !gestion.racinesDuResponsable(utilisateur, organismeId).isEmpty();
        boolean deleguee = convention.getContrat().getMode() == ModeGestion.DELEGUE && !gestion.delegationRetiree(organismeId);
        List<String> services = gestion.habilitationsUtilisables(utilisateur, convention).stream()
                .map(h -> h.getService() + ":" + h.getProfil())
                .toList();
        return new DroitsPartenaire(organismeId, administrateur, responsable, deleguee,
                servicesUtilisables(administrateur, services));
    }

    /**
     * R-HAB-12 at use, its one guard (the refusal at assignment is ReglesHabilitation's): the
     * administrateur partenaire and his suppléant never consult a beneficiary's file, so a CDAP
     * habilitation of theirs, had one slipped through, is not usable — neither for the permissions
     * nor for the consultation ({@link ProfilsCdapHabilitations} reads the same list).
     */
    static List<String> servicesUtilisables(boolean administrateur, List<String> services) {
        if (!administrateur) {
            return services;
        }
        return services.stream().filter(s -> !s.startsWith(ServiceCatalogue.CDAP + ":")).toList();
    }
}
