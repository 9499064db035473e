# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = Não foi possível usar o chaveiro do sistema ({ $detail }). Desbloqueie seu chaveiro (entre na sua sessão da área de trabalho ou inicie um Secret Service, como GNOME Keyring ou KWallet) e tente novamente; em scripts, defina as variáveis de credenciais GIFTDESK_*
error-not-configured = { $provider } não está configurada: adicione as credenciais em Configurações ou com `giftdesk login { $id }`
error-store = Não foi possível usar o banco de dados local: { $detail }
error-migrate = Não foi possível atualizar o banco de dados local: { $detail }
error-provider = { $provider } respondeu HTTP { $status }: { $message }
error-provider-coded = { $provider } respondeu HTTP { $status } ({ $code }): { $message }
error-unexpected-response = { $provider } respondeu algo que o Giftdesk não consegue ler ({ $detail }); tente novamente mais tarde
error-network = Não foi possível conectar à { $provider } ({ $detail }). Verifique a conexão deste computador com a internet e tente novamente
error-rate-budget = A cota de requisições da { $provider } para esta conta está esgotada pelos próximos { $seconds } s; a atualização do catálogo continua depois disso (compras e acompanhamento mantêm a parte deles)
