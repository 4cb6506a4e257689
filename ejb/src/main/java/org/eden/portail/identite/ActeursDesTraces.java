package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.trace.AnnuaireActeurs;

import java.util.Optional;
import java.util.stream.Collectors;

/** The accounts, as the traces describe their actors (identite answers trace's question). */
@ApplicationScoped
public class ActeursDesTraces implements AnnuaireActeurs {

    @Inject
    UtilisateurRepository utilisateurs;

    /** As this request's login read the account, if it logged {@code identifiant} in (its own trace). */
    @Override
    public Optional<Acteur> acteur(String identifiant) {
        return AutorisationsDeLaRequete.connexion(identifiant).map(AutorisationsDeLaRequete.ConnexionAuthentifiee::acteur)
                .or(() -> utilisateurs.parIdentifiant(identifiant).map(ActeursDesTraces::acteur));
    }

    static Acteur acteur(Utilisateur u) {
        String codeCafAgent = u.getCaf() == null ? null : u.getCaf().getCode();
        String codeCaf = codeCafAgent != null ? codeCafAgent
                : u.getOrganisme() == null ? null : u.getOrganisme().getCaf().getCode();
        return new Acteur(u.getIdentifiant(), u.getOrganisme() == null ? null : u.getOrganisme().getId(),
                codeCafAgent, codeCaf, profil(u));
    }

    /** The profile in force: the Caf roles, or "partner" until habilitations give partner profiles. */
    static String profil(Utilisateur u) {
        if (!u.getRolesCaf().isEmpty()) {
            return u.getRolesCaf().stream().sorted().map(RoleCaf::name).collect(Collectors.joining(","));
        }
        return u.getOrganisme() != null ? "PARTENAIRE" : null;
    }
}
