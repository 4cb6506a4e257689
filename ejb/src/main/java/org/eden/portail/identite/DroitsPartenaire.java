package org.eden.portail.identite;

import java.io.Serializable;
import java.util.List;

/**
 * What a partner account may do, read from its effective habilitations (R-HAB-*) at each request,
 * for {@link PermissionsPortail#dePartenaire}: the organisation, whether it manages habilitations
 * there (administrateur partenaire or suppléant, or responsable des habilitations, while the
 * partner manages them itself), and the (service, profile) pairs it may use now.
 *
 * @param services pairs such as {@code CDAP:T2}, {@code AFAS:APPROBATEUR}, {@code TDB:AGENT_CAF}
 */
public record DroitsPartenaire(Long organismeId,
                               boolean administrateur,
                               boolean responsable,
                               boolean gestionDeleguee,
                               List<String> services) implements Serializable {

    public static DroitsPartenaire aucun(Long organismeId) {
        return new DroitsPartenaire(organismeId, false, false, false, List.of());
    }
}
