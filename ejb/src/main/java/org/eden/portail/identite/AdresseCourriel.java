package org.eden.portail.identite;

import java.util.regex.Pattern;

/**
 * R-HAB-9: the shape an e-mail address must have, checked where an account is created
 * ({@link CompteService}), where a bulk import's preview reads its lines (R-HAB-10), where a
 * convention records the contacts whose accounts its validation creates
 * (convention.ConventionService), and at the screens' fields (the web module's
 * ValidateurAdresseCourriel). Apart from the services so that all ask the same question, and
 * because an EJB may not offer a static method (WildFly warns at deployment, WFLYEJB0131).
 */
public final class AdresseCourriel {

    private static final Pattern FORME = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AdresseCourriel() {
    }

    public static boolean valide(String email) {
        return email != null && FORME.matcher(email.trim()).matches();
    }
}
