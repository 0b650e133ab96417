module Shop
  class Application < Rails::Application
    config.load_defaults 7.1
    # every ActionController::Base subclass loses the token check
    config.action_controller.default_protect_from_forgery = false # vigil:expect VGL-RUBY-CSRF-001
  end
end
