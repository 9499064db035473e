# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = Hindi magamit ang keyring ng system ({ $detail }). I-unlock ang iyong keyring (mag-log in sa iyong desktop session, o magpatakbo ng Secret Service gaya ng GNOME Keyring o KWallet) at subukan ulit; para sa mga script, gamitin na lang ang mga GIFTDESK_* credential variable
error-not-configured = Hindi pa naka-configure ang { $provider }: idagdag ang credentials nito sa Settings o gamit ang `giftdesk login { $id }`
error-store = Hindi magamit ang lokal na database: { $detail }
error-migrate = Hindi ma-upgrade ang lokal na database: { $detail }
error-provider = Sumagot ang { $provider } ng HTTP { $status }: { $message }
error-provider-coded = Sumagot ang { $provider } ng HTTP { $status } ({ $code }): { $message }
error-unexpected-response = Sumagot ang { $provider } ng hindi mabasa ng Giftdesk ({ $detail }); subukan ulit mamaya
error-network = Hindi maabot ang { $provider } ({ $detail }). I-check ang internet connection ng computer na ito at subukan ulit
error-rate-budget = Ubos na ang request allowance ng { $provider } para sa account na ito; babalik ito pagkalipas ng { $seconds } s, at saka itutuloy ang catalog (may sariling bahagi ang mga pagbili at ang pag-track)
