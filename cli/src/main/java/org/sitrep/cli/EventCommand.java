package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep event verify|reject|edit|split}: an analyst's curation of a stored incident. Each action is kept in
 * the audit log with who did it and when; an edit wins over any later re-extraction of the sources.
 */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Curate a stored incident: verify, reject, edit a field, or split a source off.",
        subcommands = {EventCommand.Verify.class, EventCommand.Reject.class, EventCommand.Edit.class, EventCommand.Split.class})
final class EventCommand {

    /** Who acts and why: every curation command takes them. */
    static final class Analyst {
        @Option(names = "--by", paramLabel = "NAME", description = "Who does it (default: the user name).")
        String by;
        @Option(names = "--note", description = "Why, for the audit log.")
        String note;

        String who() {
            return by != null ? by : System.getProperty("user.name", "analyst");
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Mark an incident as checked by an analyst.")
    static final class Verify implements Callable<Integer> {
        @Mixin DatabaseOption database;
        @Mixin Analyst analyst;
        @Parameters(paramLabel = "EVENT") String id;

        @Override
        public Integer call() {
            try (SitrepStore store = database.open()) {
                store.verify(id, analyst.who(), analyst.note);
            }
            System.out.println(id + " verified");
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject an incident: it leaves exports and the map, and stays rejected when its sources are ingested again.")
    static final class Reject implements Callable<Integer> {
        @Mixin DatabaseOption database;
        @Mixin Analyst analyst;
        @Parameters(paramLabel = "EVENT") String id;

        @Override
        public Integer call() {
            try (SitrepStore store = database.open()) {
                store.reject(id, analyst.who(), analyst.note);
            }
            System.out.println(id + " rejected");
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Set a field of an incident; the value wins over re-extraction.", "Example: sitrep event edit SY3 fatalities 31 --note \"SANA update\""})
    static final class Edit implements Callable<Integer> {
        @Mixin DatabaseOption database;
        @Mixin Analyst analyst;
        @Parameters(index = "0", paramLabel = "EVENT") String id;
        @Parameters(index = "1", paramLabel = "FIELD", description = "An ACLED column, e.g. fatalities, event_date, sub_event_type, actor1, location.") String field;
        @Parameters(index = "2", paramLabel = "VALUE", description = "The new value; \"\" clears the field.") String value;

        @Override
        public Integer call() {
            try (SitrepStore store = database.open()) {
                store.edit(id, field, value, analyst.who(), analyst.note);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
            System.out.println(id + " " + field + " = " + value);
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Undo a merge: move one document's account of an incident to a new incident of its own.")
    static final class Split implements Callable<Integer> {
        @Mixin DatabaseOption database;
        @Mixin Analyst analyst;
        @Parameters(index = "0", paramLabel = "EVENT") String id;
        @Option(names = "--source", required = true, paramLabel = "DOCUMENT", description = "The document id (D12) whose account moves.") String document;

        @Override
        public Integer call() {
            try (SitrepStore store = database.open()) {
                String newId = store.split(id, document, analyst.who(), analyst.note);
                System.out.println(id + ": the account of " + document + " is now incident " + newId);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
            return 0;
        }
    }
}
