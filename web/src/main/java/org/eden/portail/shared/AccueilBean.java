package org.eden.portail.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

import java.util.Comparator;
import java.util.List;

/**
 * The home page's tiles: every screen of the portal that the user's permissions open, and no
 * other. Each context lists its own ({@link TuilesDuContexte}), only once its screen exists, so the
 * home never leads nowhere.
 */
@Named
@RequestScoped
public class AccueilBean {

    @Inject
    @Any
    Instance<TuilesDuContexte> contextes;

    private List<Tuile> tuiles;

    public List<Tuile> getTuiles() {
        if (tuiles == null) {
            Subject sujet = SecurityUtils.getSubject();
            tuiles = contextes.stream()
                    .sorted(Comparator.comparingInt(TuilesDuContexte::rang))
                    .flatMap(contexte -> contexte.tuiles().stream())
                    .filter(t -> sujet.isPermitted(t.permission()))
                    .toList();
        }
        return tuiles;
    }
}
