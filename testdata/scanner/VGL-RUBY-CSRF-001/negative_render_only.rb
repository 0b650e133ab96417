# Controllers whose actions only render templates: a forged request can make
# the browser fetch these pages, but nothing changes on the server.
class WelcomeController < ApplicationController
  skip_forgery_protection
  layout false

  def index
  end
end

class PwaController < ApplicationController # serves the manifest and worker
  skip_forgery_protection

  def service_worker
    render template: "pwa/service-worker", layout: false
  end

  def manifest
    render template: "pwa/manifest", layout: false
  end

  def ping; end

  def health
    head :ok
  end
end
