package org.eden.portail.shared;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.identite.PermissionsPortail;
import org.eden.portail.trace.ActionTracee;

import java.util.List;

/** The partner organisations of a Caf, for its own staff (and national agents) only. */
@Stateless
public class OrganismeService {

    @Inject
    CafRepository cafs;

    @ActionTracee(value = "CONSULTATION_ORGANISMES", cible = "CAF")
    public List<OrganismeResume> organismesDe(String codeCaf, TypeOrganisme type) {
        // Checked here, not in the screens: the API and every screen go through this method.
        SecurityUtils.getSubject().checkPermission(PermissionsPortail.consulterPartenairesDe(codeCaf));
        return cafs.cafParCode(codeCaf)
                .map(caf -> cafs.organismesDe(caf).stream()
                        .filter(o -> type == null || o.getType() == type)
                        .map(OrganismeResume::de)
                        .toList())
                .orElse(List.of());
    }
}
