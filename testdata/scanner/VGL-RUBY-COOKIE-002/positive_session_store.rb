Rails.application.config.session_store :cookie_store, key: "_app_session", secure: false, httponly: false # vigil:expect VGL-RUBY-COOKIE-002
