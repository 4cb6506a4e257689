package org.eden.portail.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What a partner account may do, read at each request by habilitation.DroitsPartenaires (the one
 * derivation of these facts, identite.SourceDroitsPartenaire) and handed to every
 * {@link PermissionsDuContexte} in the {@link Habilitant}.
 *
 * @param administrateur  administrateur partenaire or suppléant on the contrat of the convention in
 *                        force, active <em>or suspended</em> (see DroitsPartenaires for why)
 * @param responsable     responsable des habilitations on a group, under an active convention
 * @param gestionDeleguee the partner manages its habilitations itself (delegated mode, not taken
 *                        back by the Caf), under an active convention
 * @param services        pairs such as {@code CDAP:T2}, {@code AFAS:APPROBATEUR}, {@code TDB:AGENT_CAF}
 *                        usable now (empty under a suspended convention, R-CONV-8)
 */
public record DroitsPartenaire(Long organismeId,
                               boolean administrateur,
                               boolean responsable,
                               boolean gestionDeleguee,
                               List<String> services) implements Serializable {

    public DroitsPartenaire {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public static DroitsPartenaire aucun(Long organismeId) {
        return new DroitsPartenaire(organismeId, false, false, false, List.of());
    }

    /**
     * A habilitation manager of the partner: its administrateur, his suppléant or a responsable
     * des habilitations (R-HAB-5, R-INC-1), whether the partner or the Caf manages them now.
     */
    public boolean gestionnaire() {
        return organismeId != null && (administrateur || responsable);
    }

    /** The profiles or roles usable now in one service, as the catalogue codes them: {@code T2} for {@code CDAP}. */
    public List<String> profilsDuService(String service) {
        return services.stream()
                .map(s -> s.split(":", 2))
                .filter(paire -> paire.length == 2 && paire[0].equals(service))
                .map(paire -> paire[1])
                .toList();
    }
}
