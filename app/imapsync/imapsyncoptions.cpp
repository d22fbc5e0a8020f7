#include "imapsync/imapsyncoptions.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace imapdesk {

namespace {

// The Getopt::Long specs of get_options_cmd() in imapsync 2.229, in its order, so
// that the table can be checked line by line against that script. "a|b" are
// aliases, "!" adds --noX and --no-X, "=s" string, "=i" integer, "=f" float,
// "@" repeatable, "%" KEY=VALUE.
const char *const kSpecs2229[] = {
    "debug!",
    "debuglist!",
    "debugcontent!",
    "debugsleep=f",
    "debugflags!",
    "debugimap!",
    "debugimap1!",
    "debugimap2!",
    "debugdev!",
    "debugmemory!",
    "debugfolders!",
    "debugssl=i",
    "debugcgi!",
    "debugenv!",
    "debugsig!",
    "debuglabels!",
    "simulong=f",
    "abort",
    "abortbyfile",
    "host1=s",
    "host2=s",
    "port1=i",
    "port2=i",
    "inet4|ipv4",
    "inet6|ipv6",
    "user1=s",
    "user2=s",
    "gmail1",
    "gmail2",
    "office1",
    "office2",
    "exchange1",
    "exchange2",
    "domino1",
    "domino2",
    "domain1=s",
    "domain2=s",
    "password1=s",
    "password2=s",
    "passfile1=s",
    "passfile2=s",
    "authmd5!",
    "authmd51!",
    "authmd52!",
    "trylogin!",
    "oauthdirect1=s",
    "oauthdirect2=s",
    "oauthaccesstoken1=s",
    "oauthaccesstoken2=s",
    "sep1=s",
    "sep2=s",
    "sanitize!",
    "folder=s@",
    "folderrec=s",
    "include=s",
    "exclude=s",
    "noexclude",
    "folderfirst=s",
    "folderlast=s",
    "prefix1=s",
    "prefix2=s",
    "subfolder1=s",
    "subfolder2=s",
    "fixslash2!",
    "fixInboxINBOX!",
    "regextrans2=s@",
    "mixfolders!",
    "skipemptyfolders!",
    "regexmess=s",
    "noregexmess",
    "skipmess=s",
    "pipemess=s",
    "pipemesscheck!",
    "disarmreadreceipts!",
    "regexflag=s@",
    "noregexflag",
    "filterflags!",
    "filterbuggyflags!",
    "flagscase!",
    "syncflagsaftercopy!",
    "resyncflags!",
    "synclabels!",
    "resynclabels!",
    "delete|delete1!",
    "delete2!",
    "delete2duplicates!",
    "delete2folders!",
    "delete2foldersonly=s",
    "delete2foldersbutnot=s",
    "syncinternaldates!",
    "idatefromheader!",
    "syncacls!",
    "maxsize=i",
    "appendlimit=i",
    "truncmess=i",
    "minsize=i",
    "maxage=f",
    "minage=f",
    "search=s",
    "search1=s",
    "search2=s",
    "foldersizes!",
    "foldersizesatend!",
    "dry!",
    "dry1!",
    "expunge1|expunge!",
    "expunge2!",
    "uidexpunge2!",
    "subscribed",
    "subscribe!",
    "subscribeall|subscribe_all!",
    "justbanner!",
    "justfolders!",
    "justfoldersizes!",
    "version",
    "help",
    "timeout=f",
    "timeout1=f",
    "timeout2=f",
    "skipheader=s",
    "useheader=s",
    "wholeheaderifneeded!",
    "messageidnodomain!",
    "skipsize!",
    "allowsizemismatch!",
    "fastio1!",
    "fastio2!",
    "sslcheck!",
    "ssl1!",
    "ssl2!",
    "ssl1_ssl_version=s",
    "ssl2_ssl_version=s",
    "sslargs1=s%",
    "sslargs2=s%",
    "tls1!",
    "tls2!",
    "uid1!",
    "uid2!",
    "authmech1=s",
    "authmech2=s",
    "authuser1=s",
    "authuser2=s",
    "proxyauth1",
    "proxyauth2",
    "compress1!",
    "compress2!",
    "keepalive1!",
    "keepalive2!",
    "split1=i",
    "split2=i",
    "buffersize=i",
    "reconnectretry1=i",
    "reconnectretry2=i",
    "tests!",
    "testsdebug|tests_debug!",
    "testsunit=s@",
    "testslive!",
    "testslive6!",
    "justlogin!",
    "justconnect!",
    "tmpdir=s",
    "pidfile=s",
    "pidfilelocking!",
    "sigexit=s@",
    "sigreconnect=s@",
    "sigignore=s@",
    "releasecheck!",
    "modulesversion|modules_version!",
    "usecache!",
    "cacheaftercopy!",
    "debugcache!",
    "useuid!",
    "addheader!",
    "exitwhenover=i",
    "exitonload!",
    "checkselectable!",
    "checkfoldersexist!",
    "checkmessageexists!",
    "expungeaftereach!",
    "abletosearch!",
    "abletosearch1!",
    "abletosearch2!",
    "showpasswords!",
    "maxlinelength=i",
    "maxlinelengthcmd=s",
    "minmaxlinelength=i",
    "debugmaxlinelength!",
    "fixcolonbug!",
    "create_folder_old!",
    "maxmessagespersecond=f",
    "maxbytespersecond=i",
    "maxbytesafter=i",
    "maxsleep=f",
    "syncduplicates!",
    "skipcrossduplicates!",
    "debugcrossduplicates!",
    "log!",
    "tail!",
    "logfile=s",
    "logdir=s",
    "errorsmax=i",
    "errorsdump!",
    "fetch_hash_set=s",
    "automap!",
    "justautomap!",
    "id!",
    "f1f2=s@",
    "nof1f2",
    "f1f2h=s%",
    "justfolderlists!",
    "delete1emptyfolders",
    "checknoabletosearch!",
    "dockercontext!",
    "emailreportfrom=s",
    "emailreport1!",
    "emailreport2!",
    "var=s@",
    "memorystress!",
};

OptionValue valueOfSpecType(const QString &type)
{
    if (type.startsWith(QLatin1String("=i"))) {
        return OptionValue::Integer;
    }
    if (type.startsWith(QLatin1String("=f"))) {
        return OptionValue::Float;
    }
    if (type == QLatin1String("=s%")) {
        return OptionValue::KeyValue;
    }
    return type.startsWith(QLatin1Char('=')) ? OptionValue::String : OptionValue::None;
}

class OptionTable final
{
public:
    OptionTable();
    const ImapsyncOption *exact(const QString &name) const;
    QList<ImapsyncOption> withPrefix(const QString &prefix) const;

private:
    void addSpec(const QString &spec);

    QHash<QString, ImapsyncOption> m_byName;
    QStringList m_sortedNames;
};

OptionTable::OptionTable()
{
    for (const char *spec : kSpecs2229) {
        addSpec(QString::fromLatin1(spec).toLower()); // Getopt ignores case
    }
    m_sortedNames = m_byName.keys();
    std::sort(m_sortedNames.begin(), m_sortedNames.end());
}

void OptionTable::addSpec(const QString &spec)
{
    // A spec has either "!" or "=type", never both.
    const qsizetype bang = spec.indexOf(QLatin1Char('!'));
    const qsizetype typeStart = bang >= 0 ? bang : spec.indexOf(QLatin1Char('='));
    const QStringList names = spec.left(typeStart).split(QLatin1Char('|'));
    const QString type = typeStart < 0 ? QString() : spec.mid(typeStart);
    const ImapsyncOption option{names.first(), false, valueOfSpecType(type)};
    for (const QString &name : names) {
        m_byName.insert(name, option);
        if (type == QLatin1String("!")) {
            const ImapsyncOption negated{option.canonical, true, OptionValue::None};
            m_byName.insert(QLatin1String("no") + name, negated);
            m_byName.insert(QLatin1String("no-") + name, negated);
        }
    }
}

const ImapsyncOption *OptionTable::exact(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &it.value();
}

// Distinct options among the names starting with prefix, as Getopt counts them.
QList<ImapsyncOption> OptionTable::withPrefix(const QString &prefix) const
{
    QList<ImapsyncOption> found;
    auto it = std::lower_bound(m_sortedNames.cbegin(), m_sortedNames.cend(), prefix);
    for (; it != m_sortedNames.cend() && it->startsWith(prefix); ++it) {
        const ImapsyncOption &option = m_byName.value(*it);
        const bool seen = std::any_of(found.cbegin(), found.cend(), [&](const ImapsyncOption &o) {
            return o.canonical == option.canonical && o.negated == option.negated;
        });
        if (!seen) {
            found.append(option);
        }
    }
    return found;
}

const OptionTable &optionTable()
{
    static const OptionTable table;
    return table;
}

} // namespace

QString ImapsyncOption::displayName() const
{
    return (negated ? QStringLiteral("--no") : QStringLiteral("--")) + canonical;
}

OptionMatch ImapsyncOptions::resolve(const QString &name)
{
    const QString key = name.toLower();
    OptionMatch match;
    if (key.isEmpty()) {
        return match;
    }
    if (const ImapsyncOption *option = optionTable().exact(key)) {
        match.kind = OptionMatch::Kind::Exact;
        match.option = *option;
        return match;
    }
    const QList<ImapsyncOption> hits = optionTable().withPrefix(key);
    if (hits.size() == 1) {
        match.kind = OptionMatch::Kind::Abbreviation;
        match.option = hits.first();
    } else if (hits.size() > 1) {
        match.kind = OptionMatch::Kind::Ambiguous;
        match.candidates = hits;
    }
    return match;
}

QString ImapsyncOptions::knownVersion()
{
    return QStringLiteral("2.229");
}

} // namespace imapdesk
