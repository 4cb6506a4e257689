package org.eden.portail.identite;

import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.DictionarySubstringRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a candidate password against a {@link PolitiqueMotDePasse}, with Passay's rules: the
 * policy's length and composition (R-PWD-1 or ASVS), and in every policy no identifier, no name of
 * the holder and nothing from the breached list; then, separately because it is slow, the history
 * (R-PWD-4). Answers the refusals as French messages naming their rule; none means accepted.
 */
public final class ControleMotDePasse {

    /** Shorter name parts ("Le", "Ba") would refuse far too many passwords to protect anything. */
    static final int LONGUEUR_MIN_NOM = 3;

    private static final Pattern SEPARATEURS_NOM = Pattern.compile("[^\\p{L}]+");
    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

    private final PolitiqueMotDePasse politique;
    private final MessagesMotDePasse messages;
    private final List<Rule> reglesDeLaPolitique;

    public ControleMotDePasse(PolitiqueMotDePasse politique) {
        this.politique = Objects.requireNonNull(politique);
        this.messages = new MessagesMotDePasse(politique);
        List<Rule> regles = new ArrayList<>();
        regles.add(new LengthRule(politique.longueurMin(), politique.longueurMax()));
        if (politique.compositionExigee()) {
            regles.add(new CharacterRule(EnglishCharacterData.UpperCase, 1));
            regles.add(new CharacterRule(EnglishCharacterData.LowerCase, 1));
            regles.add(new CharacterRule(EnglishCharacterData.Digit, 1));
            regles.add(new CharacterRule(EnglishCharacterData.Special, 1));
        }
        // The identifier in any case; "MAR271001" is what an attacker tries first.
        regles.add(new UsernameRule(false, true));
        regles.add(new RegleCompromis());
        this.reglesDeLaPolitique = List.copyOf(regles);
    }

    /** The policy of the portal's configuration. */
    public static ControleMotDePasse configure() {
        return new ControleMotDePasse(PolitiqueMotDePasse.configuree());
    }

    public PolitiqueMotDePasse politique() {
        return politique;
    }

    /**
     * The refusals of {@code candidat} for this holder (null when unknown), in the rules' order;
     * an empty list means the password is acceptable.
     */
    public List<String> refus(String candidat, TitulaireMotDePasse titulaire) {
        String motDePasse = candidat == null ? "" : candidat;
        String identifiant = titulaire == null ? null : titulaire.identifiant();
        List<Rule> regles = new ArrayList<>(reglesDeLaPolitique);
        String[] noms = titulaire == null ? new String[0] : partiesDesNoms(titulaire.nom(), titulaire.prenom());
        if (noms.length > 0) {
            regles.add(new RegleNoms(noms));
        }
        PasswordData donnees = new PasswordData(motDePasse);
        if (identifiant != null && !identifiant.isBlank()) {
            donnees.setUsername(identifiant);
        }
        RuleResult resultat = new PasswordValidator(messages, regles).validate(donnees);
        return resultat.isValid() ? List.of() : messagesDe(resultat);
    }

    /**
     * R-PWD-4: refuses {@code candidat} when it is one of the policy's last passwords.
     * {@code hashesRecents} are stored hashes (see {@link HachageMotDePasse}), most recent first,
     * the current password included; only the first {@link PolitiqueMotDePasse#historique()} count.
     * Each comparison costs one Argon2 verification, hence a separate call, made once the other
     * rules pass.
     */
    public List<String> refusHistorique(String candidat, List<String> hashesRecents) {
        boolean dejaUtilise = hashesRecents != null && hashesRecents.stream().limit(politique.historique())
                .anyMatch(hash -> HachageMotDePasse.verifier(candidat, hash));
        if (!dejaUtilise) {
            return List.of();
        }
        RuleResult resultat = new RuleResult(false);
        resultat.addError("HISTORY_VIOLATION", Map.of("historyLength", politique.historique()));
        return messagesDe(resultat);
    }

    /** Both checks: the policy's rules, then the history only if they pass. */
    public List<String> refus(String candidat, TitulaireMotDePasse titulaire, List<String> hashesRecents) {
        List<String> refus = refus(candidat, titulaire);
        return refus.isEmpty() ? refusHistorique(candidat, hashesRecents) : refus;
    }

    private List<String> messagesDe(RuleResult resultat) {
        return resultat.getDetails().stream().map(messages::resolve).distinct().toList();
    }

    /** Name parts of 3+ letters, lower-case and without accents: "Le Hénaff" gives "henaff". */
    static String[] partiesDesNoms(String... noms) {
        return Arrays.stream(noms).filter(Objects::nonNull)
                .flatMap(nom -> Arrays.stream(SEPARATEURS_NOM.split(sansAccents(nom))))
                .filter(partie -> partie.length() >= LONGUEUR_MIN_NOM)
                .distinct().toArray(String[]::new);
    }

    static String sansAccents(String texte) {
        return DIACRITIQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** The whole password is in the breached list (any case). */
    private static final class RegleCompromis extends DictionaryRule {

        RegleCompromis() {
            super(MotsDePasseCompromis.dictionnaire());
        }

        @Override
        protected String getErrorCode(boolean aLEnvers) {
            return "MOT_DE_PASSE_COMPROMIS";
        }
    }

    /** The password contains a name part, compared without accents ("Hélène" in "helene2026!"). */
    private static final class RegleNoms extends DictionarySubstringRule {

        RegleNoms(String[] parties) {
            super(new WordListDictionary(new ArrayWordList(parties, false, new ArraysSort())));
        }

        @Override
        public RuleResult validate(PasswordData donnees) {
            return super.validate(new PasswordData(sansAccents(donnees.getPassword())));
        }

        @Override
        protected String getErrorCode(boolean aLEnvers) {
            return "NOM_PERSONNEL";
        }
    }
}
