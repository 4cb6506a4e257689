package org.eden.portail.incident;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Caf;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * R-INC-2: the Caf's administrateur posts maintenance notices; everybody sees those in force on the
 * login page (they are public: the visitor is not known yet) and, once logged in, those of his Caf
 * on the home page.
 */
@Stateless
public class MaintenanceService {

    @Inject
    IncidentRepository avis;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    @ActionTracee(value = "PUBLICATION_AVIS_MAINTENANCE", cible = "CAF")
    public AvisVue publier(String texte, Instant debut, Instant fin) {
        Caf caf = cafDeLAppelant();
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.MAINTENANCE_PUBLIER.sur(caf.getCode()));
        return new AvisVue(avis.enregistrer(AvisMaintenance.publier(caf, texte, debut, fin,
                SecurityUtils.getSubject().getPrincipal().toString(), horloge.instant())));
    }

    /** The Caf's notices still to come or in force, for its administrateur. */
    @ActionTracee(value = "CONSULTATION_AVIS_MAINTENANCE", cible = "CAF")
    public List<AvisVue> avisDeMaCaf() {
        Caf caf = cafDeLAppelant();
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.MAINTENANCE_PUBLIER.sur(caf.getCode()));
        return avis.avisAVenir(caf.getCode(), horloge.instant()).stream().map(AvisVue::new).toList();
    }

    /** The login page's: every notice in force, of every Caf (the visitor is anonymous). */
    public List<AvisVue> avisEnVigueur() {
        return avis.avisEnVigueur(null, horloge.instant()).stream().map(AvisVue::new).toList();
    }

    /** The home page's: the notices in force of the person's Caf (all of them for a Cnaf agent). */
    public List<AvisVue> avisPour(String identifiant) {
        Optional<Utilisateur> compte = utilisateurs.parIdentifiant(identifiant);
        String caf = compte.map(u -> u.getCaf() != null ? u.getCaf().getCode()
                : u.getOrganisme() != null ? u.getOrganisme().getCaf().getCode() : null).orElse(null);
        return avis.avisEnVigueur(caf, horloge.instant()).stream().map(AvisVue::new).toList();
    }

    private Caf cafDeLAppelant() {
        Object principal = SecurityUtils.getSubject().getPrincipal();
        return Optional.ofNullable(principal).flatMap(p -> utilisateurs.parIdentifiant(p.toString()))
                .map(Utilisateur::getCaf)
                .orElseThrow(() -> new AuthorizationException("R-INC-2 : les avis de maintenance sont publiés par une Caf"));
    }
}
