# A small Rails controller with a few deliberate flaws (labelled).
require "net/http"
require "shellwords"

class OrdersController < ApplicationController
  skip_before_action :verify_authenticity_token, only: [:create] # LABEL: CWE-352
  skip_before_action :authenticate_user!, only: [:index]

  def index
    @orders = Order.where(customer_id: current_user.id).order(created_at: :desc)
    @search = Order.where("reference LIKE '%#{params[:q]}%'") # LABEL: CWE-89
    @safe = Order.where("reference LIKE ?", "%#{params[:q]}%")
  end

  def show
    @order = Order.find(params[:id])
    @note = params[:note].html_safe # LABEL: CWE-79
  end

  def create
    @order = Order.new(params[:order]) # LABEL: CWE-915
    @order.save!
    redirect_to params[:next] # LABEL: CWE-601
  end

  def invoice
    send_file "/srv/invoices/#{params[:file]}" # LABEL: CWE-22
  end

  def label
    system("lpr -P #{params[:printer]} /tmp/label.pdf") # LABEL: CWE-78
    system("lpr -P #{Shellwords.escape(params[:printer])} /tmp/label.pdf")
  end

  def track
    body = Net::HTTP.get(URI(params[:carrier_url])) # LABEL: CWE-918
    render plain: body
  end

  def restore
    @cart = Marshal.load(Base64.decode64(cookies[:cart])) # LABEL: CWE-502
    @share_token = rand(36**12).to_s(36) # LABEL: CWE-338
    @checksum = Digest::MD5.hexdigest(@cart.to_s) # LABEL: CWE-328
  end

  private

  def order_params
    params.require(:order).permit(:reference, :quantity)
  end
end
