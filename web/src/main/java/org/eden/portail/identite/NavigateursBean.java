package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** R-AUTH-4: what the refusal page lists — the accepted browsers and their minimum versions. */
@Named
@RequestScoped
public class NavigateursBean {

    private final PolitiqueNavigateurs politique = PolitiqueNavigateurs.configuree();

    public List<Accepte> getAcceptes() {
        return Arrays.stream(FamilleNavigateur.values()).filter(FamilleNavigateur::estAcceptable)
                .map(f -> new Accepte(f.getLibelle(), politique.minimum(f).toString()
                        + (f == FamilleNavigateur.FIREFOX && !politique.getEsr().isEmpty()
                        ? ", ou Firefox ESR " + String.join(" / ", politique.getEsr().stream().map(String::valueOf).toList()) : "")))
                .toList();
    }

    /** One line of the list: the family and "version N ou plus récente". */
    public record Accepte(String navigateur, String minimum) {

        public String getNavigateur() {
            return navigateur;
        }

        public String getMinimum() {
            return minimum;
        }
    }
}
