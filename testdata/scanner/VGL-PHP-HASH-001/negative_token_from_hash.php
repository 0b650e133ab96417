<?php
function api_token($salt, $user, $conf) {
    return sha1($salt . $user . $conf->apiPasswordHash);
}
