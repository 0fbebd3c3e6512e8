package org.cairncrm.contacts.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.persistence.EntityManager;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.StartupWork;
import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.NameOrder;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The companies' quick search in memory: which companies have a word beginning with each word of the query, who owns
 * them and their names, so that a search by name order (the list's default) is answered without reading the table.
 * The database stays the truth: the index is loaded from it at start, and every company written is read again from
 * it once its transaction has ended (an entity listener tells which); a search first takes in those changes, so
 * that a company is found as soon as the call that saved it has returned. Searches with other filters or another
 * order go to the database, which keeps the same words in {@code search_text} and matches them the same way.
 *
 * <p>Words live in a sorted base (one byte array, postings in one int array) built at loading and rebuilt when the
 * changes since outgrow it, plus a small sorted map of the words of the companies written since.
 */
@Component(service = CompanySearchIndex.class, immediate = true)
public class CompanySearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(CompanySearchIndex.class);
    private static final int CHUNK = 1000;
    /** marks the words of names among the others; sorts before every letter and digit */
    private static final char NAME = '\u0001';
    /** more companies written than this since the last look: read them all again rather than one by one */
    private static final int REBUILD_AT = 50_000;
    private static volatile CompanySearchIndex running;

    private final JpaTemplate jpa;
    private final TransactionSynchronizationRegistry transactions;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    /** the cards of companies found lately, for the pages of searches; dropped as soon as a company is written */
    private final Map<Long, org.cairncrm.contacts.CompanyData> cards = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private static final int CARDS = 20_000;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile boolean closed;
    private final java.util.concurrent.ExecutorService worker;
    private java.util.concurrent.CompletableFuture<Void> rebuildRunning;
    /** while a rebuild reads the table: the companies taken in meanwhile, to take in again after it */
    private volatile Set<Long> duringRebuild;

    // one slot per company version; a changed company gets a new slot and its old one dies
    private long[] ids = new long[1024];
    private long[] owners = new long[1024];
    private String[] lines = new String[1024];
    private String[] names = new String[1024];
    /** each slot's short code, upper case, and the company of each short code (they are unique) */
    private String[] codes = new String[1024];
    private final Map<String, Long> byCode = new HashMap<>();
    private final BitSet live = new BitSet();
    private final BitSet archived = new BitSet();
    private int slots;
    /** counts every change of slots and words (under the write lock), so that cached word sets know their age */
    private long changes;
    /** the slots of recent words, as of {@code termsAt} changes: repeated searches skip the postings */
    private final Map<String, BitSet> terms = new ConcurrentHashMap<>();
    private volatile long termsAt = -1;
    /** the slots up to here were given in name order when the base was built; later ones are in no order */
    private int baseSlots;
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private int dead;

    // words: base (sorted, packed) and the words of slots added since
    private byte[] baseWords = new byte[0];
    private int[] baseWordStart = {0};
    private int[] basePostingStart = {0};
    private int[] basePostings = new int[0];
    private TreeMap<String, IntList> recent = new TreeMap<>();
    private int recentPostings;

    @Activate
    public CompanySearchIndex(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                              @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                              @Reference TransactionSynchronizationRegistry transactions,
                              @Reference StartupWork startup) {
        this.jpa = jpa;
        this.transactions = transactions;
        running = this;
        worker = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "cairn-contacts-search-index");
            thread.setDaemon(true);
            return thread;
        });
        StartupWork.Running loading = startup.begin("contacts", "loading the company search index");
        worker.execute(() -> {
            try {
                load();
            } finally {
                loading.close();
            }
        });
    }

    @Deactivate
    void deactivate() {
        closed = true;
        if (running == this) {
            running = null;
        }
        worker.shutdownNow();
    }

    // --------------------------------------------------------------------------------------------- changes

    /** From the entity listener: company {@code id} was written in the running transaction (if any). */
    static void touched(Long id) {
        CompanySearchIndex index = running;
        if (index != null && id != null) {
            index.mark(id);
        }
    }

    @SuppressWarnings("unchecked")
    private void mark(long id) {
        Object key;
        try {
            key = transactions.getTransactionKey();
        } catch (RuntimeException none) {
            key = null;
        }
        if (key == null) {
            forget(List.of(id));
            pending.add(id);
            return;
        }
        Set<Long> written = (Set<Long>) transactions.getResource(CompanySearchIndex.class);
        if (written == null) {
            Set<Long> ids = ConcurrentHashMap.newKeySet();
            transactions.putResource(CompanySearchIndex.class, ids);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    forget(ids);
                }

                @Override
                public void afterCompletion(int status) {
                    // rolled back too: reading the row again is harmless, and the slot may have been taken already
                    forget(ids);
                    pending.addAll(ids);
                    if (status != Status.STATUS_COMMITTED) {
                        LOG.debug("{} companies re-read after a rollback", ids.size());
                    }
                }
            });
            written = ids;
        }
        written.add(id);
    }

    private void forget(Collection<Long> ids) {
        writes.incrementAndGet();
        ids.forEach(cards::remove);
    }

    /** How many writes the cards have seen: take it before reading cards from the database. */
    long writes() {
        return writes.get();
    }

    /** A card read lately, unchanged since. */
    org.cairncrm.contacts.CompanyData card(long id) {
        return cards.get(id);
    }

    /** Keeps a card read from the database, unless a company was written since {@code writesBefore}. */
    void remember(org.cairncrm.contacts.CompanyData card, long writesBefore) {
        if (writes.get() == writesBefore) {
            if (cards.size() >= CARDS) {
                cards.clear();
            }
            cards.put(card.id(), card);
        }
    }

    /**
     * Reads the pending companies again and puts them in the index; after a large import it rebuilds the index
     * instead (the searches of that moment wait for it: seconds).
     */
    private void catchUp() {
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() > REBUILD_AT) {
            try {
                rebuildLater().get(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException late) {
                LOG.warn("Company search index: the rebuild is late or failed; searching the index as it is");
                return;
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        List<Long> batch = new ArrayList<>(pending);
        pending.removeAll(batch);
        Set<Long> meanwhile = duringRebuild;
        if (meanwhile != null) {
            meanwhile.addAll(batch);
        }
        for (int from = 0; from < batch.size(); from += CHUNK) {
            List<Long> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
            List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT c.id, c.ownerId, c.lineOfBusiness, c.archivedAt, c.name, c.searchText, c.shortCode "
                            + "FROM Company c WHERE c.id IN :ids", Object[].class).setParameter("ids", chunk).getResultList());
            lock.writeLock().lock();
            try {
                Set<Long> found = new java.util.HashSet<>();
                for (Object[] row : rows) {
                    found.add((Long) row[0]);
                    put(row);
                }
                for (Long id : chunk) {
                    if (!found.contains(id)) {
                        kill(id); // purged
                    }
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
        if (recentPostings > Math.max(200_000, basePostings.length / 4) || dead > Math.max(50_000, slots / 4)) {
            rebuildLater();
        }
    }

    /** Starts a rebuild unless one runs; answers the one that runs. */
    private synchronized java.util.concurrent.Future<?> rebuildLater() {
        if (rebuildRunning == null || rebuildRunning.isDone()) {
            rebuildRunning = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    long start = System.nanoTime();
                    int count = rebuild();
                    LOG.info("Company search index rebuilt: {} companies in {} ms", count,
                            (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException failed) {
                    LOG.warn("Company search index: rebuild failed, the index goes on as it is", failed);
                }
            }, worker);
        }
        return rebuildRunning;
    }

    // --------------------------------------------------------------------------------------------- loading

    private void load() {
        try {
            long start = System.nanoTime();
            rewriteOldSearchTexts();
            int count = rebuild();
            LOG.info("Company search index: {} companies in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException failed) {
            if (!closed) {
                LOG.error("Company search index could not be loaded; searches go to the database", failed);
            }
        } finally {
            loaded.countDown();
        }
    }

    /** Companies stored before word search kept their search text in the old form: write it anew. */
    private void rewriteOldSearchTexts() {
        while (!closed) {
            int done = jpa.txExpr(TransactionType.Required, em -> {
                List<Company> old = em.createQuery("SELECT c FROM Company c WHERE c.searchText LIKE '|%'",
                        Company.class).setMaxResults(CHUNK).getResultList();
                for (Company c : old) {
                    em.createQuery("UPDATE Company c SET c.searchText = :text WHERE c.id = :id")
                            .setParameter("text", c.wordText()).setParameter("id", c.getId()).executeUpdate();
                }
                return old.size();
            });
            if (done < CHUNK) {
                return;
            }
        }
    }

    /** Reads every company and swaps in a fresh index; changes that arrive meanwhile are applied after. */
    private int rebuild() {
        Set<Long> meanwhile = ConcurrentHashMap.newKeySet();
        duringRebuild = meanwhile;
        // written and committed before the reading starts: the reading sees them
        pending.removeAll(new ArrayList<>(pending));
        Builder builder = new Builder();
        long last = 0;
        while (!closed) {
            long after = last;
            List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> page(em, after));
            for (Object[] row : rows) {
                builder.add(row);
            }
            if (rows.size() < 10 * CHUNK) {
                break;
            }
            last = (Long) rows.get(rows.size() - 1)[0];
        }
        lock.writeLock().lock();
        try {
            builder.install(this);
            duringRebuild = null;
            pending.addAll(meanwhile);
        } finally {
            lock.writeLock().unlock();
        }
        return builder.count;
    }

    private static List<Object[]> page(EntityManager em, long after) {
        return em.createQuery("SELECT c.id, c.ownerId, c.lineOfBusiness, c.archivedAt, c.name, c.searchText, "
                        + "c.shortCode FROM Company c WHERE c.id > :after ORDER BY c.id", Object[].class)
                .setParameter("after", after).setMaxResults(10 * CHUNK).getResultList();
    }

    /**
     * Collects every company, gives them slots in name order (so that the first matching slots are the first page),
     * then packs the words sorted.
     */
    private static final class Builder {
        private final Map<String, IntList> words = new HashMap<>();
        private final CompanySearchIndex fresh = new CompanySearchIndex();
        private final List<Object[]> rows = new ArrayList<>();
        private int count;

        void add(Object[] row) {
            rows.add(row);
            count++;
        }

        void install(CompanySearchIndex index) {
            // in the order the lists show names (Polish alphabetical); keys made once, not per comparison
            java.util.Map<Object[], java.text.CollationKey> keys = new java.util.IdentityHashMap<>(rows.size());
            rows.forEach(row -> keys.put(row, NameOrder.key((String) row[4])));
            rows.sort((a, b) -> {
                int byName = keys.get(a).compareTo(keys.get(b));
                return byName != 0 ? byName : Long.compare((Long) a[0], (Long) b[0]);
            });
            keys.clear();
            for (Object[] row : rows) {
                int slot = fresh.slot(row);
                for (String word : wordsOf(row)) {
                    words.computeIfAbsent(word, w -> new IntList()).add(slot);
                }
            }
            rows.clear();
            String[] sorted = words.keySet().toArray(String[]::new);
            Arrays.sort(sorted);
            int postings = 0;
            int bytes = 0;
            byte[][] encoded = new byte[sorted.length][];
            for (int i = 0; i < sorted.length; i++) {
                encoded[i] = sorted[i].getBytes(StandardCharsets.UTF_8);
                bytes += encoded[i].length;
                postings += words.get(sorted[i]).size;
            }
            byte[] packed = new byte[bytes];
            int[] wordStart = new int[sorted.length + 1];
            int[] postingStart = new int[sorted.length + 1];
            int[] all = new int[postings];
            int b = 0;
            int p = 0;
            for (int i = 0; i < sorted.length; i++) {
                wordStart[i] = b;
                System.arraycopy(encoded[i], 0, packed, b, encoded[i].length);
                b += encoded[i].length;
                postingStart[i] = p;
                IntList list = words.get(sorted[i]);
                System.arraycopy(list.values, 0, all, p, list.size);
                p += list.size;
            }
            wordStart[sorted.length] = b;
            postingStart[sorted.length] = p;
            index.ids = fresh.ids;
            index.owners = fresh.owners;
            index.lines = fresh.lines;
            index.names = fresh.names;
            index.codes = fresh.codes;
            index.byCode.clear();
            index.byCode.putAll(fresh.byCode);
            index.live.clear();
            index.live.or(fresh.live);
            index.archived.clear();
            index.archived.or(fresh.archived);
            index.slots = fresh.slots;
            index.baseSlots = fresh.slots;
            index.changes++;
            index.slotOf.clear();
            index.slotOf.putAll(fresh.slotOf);
            index.dead = 0;
            index.baseWords = packed;
            index.baseWordStart = wordStart;
            index.basePostingStart = postingStart;
            index.basePostings = all;
            index.recent = new TreeMap<>();
            index.recentPostings = 0;
        }
    }

    /** Only for the builder: an index that is never registered nor loaded. */
    private CompanySearchIndex() {
        this.jpa = null;
        this.transactions = null;
        this.worker = null;
        loaded.countDown();
    }

    /** Takes a slot for a row (id, owner, line, archivedAt, name, search text, short code); the old slot dies. */
    private int slot(Object[] row) {
        long id = (Long) row[0];
        kill(id);
        if (slots == ids.length) {
            int size = slots * 2;
            ids = Arrays.copyOf(ids, size);
            owners = Arrays.copyOf(owners, size);
            lines = Arrays.copyOf(lines, size);
            names = Arrays.copyOf(names, size);
            codes = Arrays.copyOf(codes, size);
        }
        int slot = slots++;
        changes++;
        ids[slot] = id;
        owners[slot] = row[1] == null ? 0 : (Long) row[1];
        lines[slot] = row[2] == null ? null : ((String) row[2]).intern();
        names[slot] = (String) row[4];
        codes[slot] = row.length > 6 && row[6] != null ? ((String) row[6]).toUpperCase(java.util.Locale.ROOT) : null;
        if (codes[slot] != null) {
            byCode.put(codes[slot], id);
        }
        live.set(slot);
        archived.set(slot, row[3] != null);
        slotOf.put(id, slot);
        return slot;
    }

    private void kill(long id) {
        changes++;
        Integer old = slotOf.remove(id);
        if (old != null) {
            live.clear(old);
            dead++;
            if (codes[old] != null) {
                byCode.remove(codes[old], id);
            }
        }
    }

    /** A company read again: a new slot, its words in the recent map. */
    private void put(Object[] row) {
        int slot = slot(row);
        for (String word : wordsOf(row)) {
            recent.computeIfAbsent(word, w -> new IntList()).add(slot);
            recentPostings++;
        }
    }

    /**
     * A row's words: those of its search text, and those of its name once more behind {@link #NAME}, so that a
     * search can tell the companies whose name matches from those matched by a city or an e-mail.
     */
    private static Set<String> wordsOf(Object[] row) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String word : ((String) row[5]).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        for (String word : SearchText.words((String) row[4])) {
            words.add(NAME + word);
        }
        return words;
    }

    // --------------------------------------------------------------------------------------------- searching

    /**
     * Whether the index answers {@code request}: a quick search, in name order, with no filter but the usual
     * "not archived"; and the index is loaded (a search in the first seconds after start waits for it).
     */
    boolean answers(PageRequest request) {
        if (request.query().map(q -> SearchText.words(q).isEmpty()).orElse(true)) {
            return false;
        }
        for (Filter f : request.filters()) {
            if (!(f.field().equals("archived") && f.op() == Filter.Op.EQ && "false".equals(f.value()))) {
                return false;
            }
        }
        for (Sort s : request.sort()) {
            if (!s.field().equals("name") && !s.field().equals("id")) {
                return false;
            }
        }
        try {
            return loaded.await(60, TimeUnit.SECONDS) && !closed && jpa != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The ids of the page {@code request} asks for, in its order, and how many match in all. */
    Page<Long> search(PageRequest request, RecordScope scope) {
        return search(request, scope, List.of());
    }

    /**
     * The ids of the page {@code request} asks for, and how many match in all. In the list's own order (no sort
     * asked for) by relevance: first the companies of {@code leading} (named exactly by code, tax id or phone), then
     * those whose name matches every word, then the others; each group in name order. With a sort, in that order.
     */
    Page<Long> search(PageRequest request, RecordScope scope, List<Long> leading) {
        catchUp();
        List<String> terms = SearchText.words(request.query().orElseThrow());
        boolean includeArchived = request.filters().isEmpty();
        boolean descending = !request.sort().isEmpty() && request.sort().get(0).field().equals("name")
                && !request.sort().get(0).ascending();
        lock.readLock().lock();
        try {
            BitSet matches = matching(terms, "");
            matches.and(live);
            if (!includeArchived) {
                matches.andNot(archived);
            }
            int wanted = (int) Math.min(Integer.MAX_VALUE - 1, request.offset() + request.size());
            List<Integer> ordered;
            long extra = 0;
            if (request.sort().isEmpty()) {
                BitSet rest = (BitSet) matches.clone();
                ordered = new ArrayList<>();
                for (Long id : leading) {
                    Integer slot = slotOf.get(id);
                    if (slot != null && live.get(slot) && (includeArchived || !archived.get(slot))
                            && permits(scope, slot) && !ordered.contains(slot)) {
                        ordered.add(slot);
                        // named exactly though its words differ ("PL9876543210" for "PL 987-654-32-10")
                        extra += rest.get(slot) ? 0 : 1;
                        rest.clear(slot);
                    }
                }
                BitSet byName = matching(terms, String.valueOf(NAME));
                byName.and(rest);
                rest.andNot(byName);
                ordered.addAll(inOrder(byName, scope, wanted - ordered.size(), false));
                ordered.addAll(inOrder(rest, scope, wanted - ordered.size(), false));
            } else {
                ordered = inOrder(matches, scope, wanted, descending);
            }
            long total = extra;
            if (scope.seesEverything()) {
                total += matches.cardinality();
            } else {
                for (int slot = matches.nextSetBit(0); slot >= 0; slot = matches.nextSetBit(slot + 1)) {
                    total += permits(scope, slot) ? 1 : 0;
                }
            }
            List<Long> page = new ArrayList<>();
            for (int i = (int) Math.min(request.offset(), ordered.size()); i < Math.min(ordered.size(), wanted); i++) {
                page.add(ids[ordered.get(i)]);
            }
            return new Page<>(page, total, request.page(), request.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The company whose short code is {@code code} (case ignored), from memory: the quick search asks for it on every
     * one-word search, which a query on the table made a round trip to the database each time.
     */
    List<Long> withShortCode(String code) {
        catchUp();
        lock.readLock().lock();
        try {
            Long id = byCode.get(code.toUpperCase(java.util.Locale.ROOT));
            Integer slot = id == null ? null : slotOf.get(id);
            return slot != null && live.get(slot) ? List.of(id) : List.of();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The ids of the live companies with the word {@code word} itself (not only a word beginning with it). */
    List<Long> withWord(String word) {
        catchUp();
        lock.readLock().lock();
        try {
            BitSet found = new BitSet();
            byte[] p = word.getBytes(StandardCharsets.UTF_8);
            int w = firstAtLeast(p);
            if (w < baseWordStart.length - 1 && compare(w, p) == 0) {
                for (int i = basePostingStart[w]; i < basePostingStart[w + 1]; i++) {
                    found.set(basePostings[i]);
                }
            }
            IntList later = recent.get(word);
            for (int i = 0; later != null && i < later.size; i++) {
                found.set(later.values[i]);
            }
            found.and(live);
            List<Long> exact = new ArrayList<>();
            for (int slot = found.nextSetBit(0); slot >= 0 && exact.size() < 50; slot = found.nextSetBit(slot + 1)) {
                exact.add(ids[slot]);
            }
            return exact;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The slots with a word beginning with each term ({@code mark} before each); a fresh set; read lock held. */
    private BitSet matching(List<String> terms, String mark) {
        BitSet matches = null;
        for (String term : terms) {
            BitSet these = withWordStarting(mark + term);
            if (matches == null) {
                matches = these;
            } else {
                matches.and(these);
            }
            if (matches.isEmpty()) {
                break;
            }
        }
        return matches == null ? new BitSet() : matches;
    }

    private boolean permits(RecordScope scope, int slot) {
        return scope.seesEverything() || scope.permits(owners[slot], lines[slot]);
    }

    /**
     * The first {@code limit} slots of {@code set} the scope permits, in name order: base slots are in that order
     * already; the few written since are sorted here and merged in. Read lock held.
     */
    private List<Integer> inOrder(BitSet set, RecordScope scope, int limit, boolean descending) {
        List<Integer> first = new ArrayList<>();
        if (limit <= 0) {
            return first;
        }
        for (int slot = descending ? set.previousSetBit(baseSlots - 1) : set.nextSetBit(0);
             slot >= 0 && slot < baseSlots && first.size() < limit;
             slot = descending ? set.previousSetBit(slot - 1) : set.nextSetBit(slot + 1)) {
            if (permits(scope, slot)) {
                first.add(slot);
            }
        }
        List<Integer> later = new ArrayList<>();
        for (int slot = set.nextSetBit(baseSlots); slot >= 0; slot = set.nextSetBit(slot + 1)) {
            if (permits(scope, slot)) {
                later.add(slot);
            }
        }
        if (later.isEmpty()) {
            return first;
        }
        java.util.Comparator<String> byName = NameOrder.comparator();
        java.util.Comparator<Integer> order = (a, b) -> {
            int compared = byName.compare(names[a], names[b]);
            int result = compared != 0 ? compared : Long.compare(ids[a], ids[b]);
            return descending ? -result : result;
        };
        later.sort(order);
        List<Integer> merged = new ArrayList<>(Math.min(limit, first.size() + later.size()));
        int i = 0;
        int j = 0;
        while (merged.size() < limit && (i < first.size() || j < later.size())) {
            if (j >= later.size() || i < first.size() && order.compare(first.get(i), later.get(j)) <= 0) {
                merged.add(first.get(i++));
            } else {
                merged.add(later.get(j++));
            }
        }
        return merged;
    }

    /** The slots with a word that begins with {@code prefix} (a copy the caller may change); under the read lock. */
    private BitSet withWordStarting(String prefix) {
        if (termsAt != changes) {
            terms.clear();
            termsAt = changes;
        }
        BitSet cached = terms.get(prefix);
        if (cached == null) {
            cached = collect(prefix);
            if (terms.size() > 2000) {
                terms.clear();
            }
            terms.put(prefix, cached);
        }
        return (BitSet) cached.clone();
    }

    private BitSet collect(String prefix) {
        BitSet found = new BitSet(slots);
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        int words = baseWordStart.length - 1;
        for (int w = firstAtLeast(p); w < words && startsWith(w, p); w++) {
            for (int i = basePostingStart[w]; i < basePostingStart[w + 1]; i++) {
                found.set(basePostings[i]);
            }
        }
        for (Map.Entry<String, IntList> e : recent.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            IntList list = e.getValue();
            for (int i = 0; i < list.size; i++) {
                found.set(list.values[i]);
            }
        }
        return found;
    }

    /** The first base word not before {@code p}. */
    private int firstAtLeast(byte[] p) {
        int lo = 0;
        int hi = baseWordStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, p) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Base word {@code w} compared to {@code p} (unsigned bytes: the order of the code points). */
    private int compare(int w, byte[] p) {
        int start = baseWordStart[w];
        int length = baseWordStart[w + 1] - start;
        for (int i = 0; i < Math.min(length, p.length); i++) {
            int d = (baseWords[start + i] & 0xff) - (p[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return length - p.length;
    }

    private boolean startsWith(int w, byte[] p) {
        int start = baseWordStart[w];
        if (baseWordStart[w + 1] - start < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (baseWords[start + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** For tests of the index alone. */
    static CompanySearchIndex detached(Collection<Object[]> rows) {
        Builder builder = new Builder();
        rows.forEach(builder::add);
        CompanySearchIndex index = new CompanySearchIndex();
        builder.install(index);
        return index;
    }

    /** For tests of the index alone: a company written after loading. */
    void putForTest(Object[] row) {
        put(row);
    }

    /** A growable int array. */
    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
