#pragma once

// RAII owners for libssh handles, so that no early return in the SSH code can leak one.
#include <libssh/libssh.h>

#include <memory>

namespace tkeci::ssh {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        // Disconnecting first sends SSH_MSG_DISCONNECT so the server can free its side at once.
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const { ssh_channel_free(c); }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct HashDeleter
{
    void operator()(unsigned char *h) const { ssh_clean_pubkey_hash(&h); }
};
struct CharDeleter
{
    void operator()(char *c) const { ssh_string_free_char(c); }
};
struct KnownHostsEntryDeleter
{
    void operator()(ssh_knownhosts_entry *e) const { ssh_knownhosts_entry_free(e); }
};

using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using HashPtr = std::unique_ptr<unsigned char, HashDeleter>;
using CharPtr = std::unique_ptr<char, CharDeleter>;
using KnownHostsEntryPtr = std::unique_ptr<ssh_knownhosts_entry, KnownHostsEntryDeleter>;

} // namespace tkeci::ssh
