package org.cairncrm.console.internal;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cairncrm.console.NoticeProvider;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.people.Accounts;

/** Accounts locked now after repeated wrong passwords, for those who manage accounts. */
final class LockedAccountNotices implements NoticeProvider {

    private final Accounts accounts;
    private final Clock clock;

    LockedAccountNotices(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<String> permission() {
        return Optional.of("people.account.manage");
    }

    @Override
    public List<Notice> notices(int limit) {
        PageRequest locked = new PageRequest(0, limit, List.of(Sort.asc("lockedUntil")),
                List.of(new Filter("lockedUntil", Filter.Op.GT, clock.instant().toString())), Optional.empty());
        return accounts.list(locked).items().stream()
                .map(a -> new Notice(MessageFormat.format(Texts.get("notice.accountLocked"), a.login()),
                        MessageFormat.format(Texts.get("notice.accountLocked.detail"), a.employeeName()),
                        a.lockedUntil(), "admin/accounts"))
                .toList();
    }
}
